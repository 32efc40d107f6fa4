namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// A stable binary insertion sort: what JavaScript's <c>Array.prototype.sort</c> does for the short lists
/// validation sorts, so comparers that are not total orders still give graphql-js's order.
/// </summary>
internal static class StableSort
{
    public static void Sort<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            int low = 0, high = i;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (comparison(item, items[middle]) < 0) high = middle;
                else low = middle + 1;
            }

            items.RemoveAt(i);
            items.Insert(low, item);
        }
    }
}
