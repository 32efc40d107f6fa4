using System.Globalization;

namespace PostCatalog.GraphQL.Types;

/// <summary>Reads CLR numbers of any width the way JavaScript sees numbers: 1.0 is an integer.</summary>
internal static class NumericValue
{
    public static bool IsNumber(object? value) => value is not null && Inspect.IsNumber(value);

    /// <summary>The value as a double when it is a finite number.</summary>
    public static bool TryGetDouble(object? value, out double result)
    {
        result = 0;
        if (!IsNumber(value)) return false;
        result = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return double.IsFinite(result);
    }

    /// <summary>The value as a decimal-free integer (within long range) when it is an integral number.</summary>
    public static bool TryGetInteger(object? value, out long result)
    {
        result = 0;
        switch (value)
        {
            case sbyte or byte or short or ushort or int or uint or long:
                result = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case ulong u:
                if (u > long.MaxValue) return false;
                result = (long)u;
                return true;
            case decimal m:
                if (m != decimal.Truncate(m) || m < long.MinValue || m > long.MaxValue) return false;
                result = (long)m;
                return true;
            case double or float:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(d) || d != Math.Floor(d) || d < -9.2233720368547758E18 || d >= 9.2233720368547758E18) return false;
                result = (long)d;
                return true;
            default:
                return false;
        }
    }

    /// <summary>True for numbers with no fractional part, however large.</summary>
    public static bool IsIntegral(object? value) =>
        TryGetInteger(value, out _)
        || (TryGetDouble(value, out var d) && d == Math.Floor(d))
        || value is ulong;
}
