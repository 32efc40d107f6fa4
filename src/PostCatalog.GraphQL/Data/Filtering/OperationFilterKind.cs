namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>Which family of operations an operation filter type offers; decides how each operation becomes an expression.</summary>
public enum OperationFilterKind
{
    /// <summary>eq neq in nin.</summary>
    Equality,

    /// <summary>eq neq only.</summary>
    Boolean,

    /// <summary>eq neq in nin and the eight ordering operations.</summary>
    Comparable,

    /// <summary>and or eq neq contains ncontains in nin startsWith nstartsWith endsWith nendsWith.</summary>
    String,
}
