using Path = PostCatalog.GraphQL.Types.Path;
using System.Collections;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Processing;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// The spec's CompleteValue (6.4.3): serializes leaves, completes list items in place, and for objects creates
    /// the child map and queues its fields. The value lands in <paramref name="container"/> at <paramref name="slot"/>.
    /// </summary>
    private void CompleteValue(ResolverContext field, IType type, object? value, ResultNode container, int slot, Path path)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            nonNull = true;
            type = nonNullType.OfType;
        }

        if (value is null)
        {
            if (nonNull) _operation.AddError(ErrorFactory.NonNullViolation(field, path));
            SetNull(container, slot, nonNull);
            return;
        }

        switch (type)
        {
            case ILeafType leaf:
                CompleteLeaf(field, leaf, value, container, slot, path, nonNull);
                return;
            case ListType list:
                CompleteList(field, list, value, container, slot, path, nonNull);
                return;
            case ObjectType objectType:
                CompleteObject(field, objectType, value, container, slot, path, nonNull);
                return;
            case IAbstractType abstractType:
                var runtimeType = ResolveRuntimeType(field, abstractType, value, path);
                if (runtimeType is null) SetNull(container, slot, nonNull);
                else CompleteObject(field, runtimeType, value, container, slot, path, nonNull);
                return;
            default:
                _operation.AddError(ErrorFactory.AtField($"Cannot complete value of unexpected output type: \"{type.Print()}\".", field, path));
                SetNull(container, slot, nonNull);
                return;
        }
    }

    private void CompleteLeaf(ResolverContext field, ILeafType leaf, object value, ResultNode container, int slot,
        Path path, bool nonNull)
    {
        object? serialized;
        try
        {
            serialized = leaf.Serialize(value);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            // A scalar that cannot represent the value: its message (graphql-js's) at this position.
            foreach (var error in ErrorFactory.FromException(exception, field))
                _operation.AddError(error with { Path = path.ToList() });
            SetNull(container, slot, nonNull);
            return;
        }

        if (serialized is null)
        {
            if (nonNull) _operation.AddError(ErrorFactory.NonNullViolation(field, path));
            SetNull(container, slot, nonNull);
            return;
        }
        container.SetValue(slot, serialized);
    }

    private void CompleteList(ResolverContext field, ListType listType, object value, ResultNode container, int slot,
        Path path, bool nonNull)
    {
        if (value is string || value is not IEnumerable enumerable)
        {
            _operation.AddError(ErrorFactory.AtField(
                $"Expected Iterable, but did not find one for field \"{field.ObjectType.Name}.{field.Field.Name}\".", field, path));
            SetNull(container, slot, nonNull);
            return;
        }

        IList items = value as IList ?? enumerable.Cast<object?>().ToList();
        // A @stream on this field's own list (not an inner list) completes only its initialCount items now.
        var streamed = _operation.Incremental is not null && ReferenceEquals(container, field.ParentNode) && slot == field.Slot;
        var count = streamed ? _operation.Incremental!.InitialItemCount(field, items.Count) : items.Count;
        var list = new ResultList(count) { Parent = container, ParentIndex = slot, IsNullableSlot = !nonNull };
        container.SetValue(slot, list);
        var itemType = listType.OfType;
        for (var i = 0; i < count; i++)
        {
            CompleteValue(field, itemType, items[i], list, i, path.Append(i));
            if (list.IsInvalidated) return;
        }
        if (count < items.Count) _operation.Incremental!.AddStream(field, itemType, items, count, path, list);
    }

    private void CompleteObject(ResolverContext field, ObjectType objectType, object value, ResultNode container,
        int slot, Path path, bool nonNull)
    {
        var selectionSet = field.Selection.GetSelectionSet(objectType);
        var map = new ResultMap(selectionSet.Selections.Count) { Parent = container, ParentIndex = slot, IsNullableSlot = !nonNull };
        container.SetValue(slot, map);
        var defers = _operation.Incremental is { } incremental
            ? incremental.EnterObject(selectionSet, value, path, field.Defers, map)
            : null;
        EnqueueFields(map, selectionSet, value, path, defers);
    }

    /// <summary>The spec's ResolveAbstractType: the type's resolver, else IsOfType/CLR type, else a <c>__typename</c> entry.</summary>
    private ObjectType? ResolveRuntimeType(ResolverContext field, IAbstractType abstractType, object value, Path path)
    {
        ObjectType? runtimeType;
        try
        {
            runtimeType = _operation.Schema.ResolveAbstractType(abstractType, value, field);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            foreach (var error in ErrorFactory.FromException(exception, field)) _operation.AddError(error with { Path = path.ToList() });
            return null;
        }

        if (runtimeType is null)
        {
            _operation.AddError(ErrorFactory.AtField(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ObjectType.Name}.{field.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field, path));
            return null;
        }
        if (!_operation.Schema.IsSubType(abstractType, runtimeType))
        {
            _operation.AddError(ErrorFactory.AtField(
                $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", field, path));
            return null;
        }
        return runtimeType;
    }
}
