using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace PostCatalog.Catalog.Configuration;

#pragma warning disable EF1001 // Npgsql's SQL generator is "internal" API; this is the one place that extends it.

/// <summary>
/// PostgreSQL sorts NULL as the largest value, SQLite (and the keyset cursors, <c>KeysetPredicate</c>) as the
/// smallest. So that every order, page and cursor is the same on both, a nullable sort key is written
/// <c>ASC NULLS FIRST</c> / <c>DESC NULLS LAST</c>; the PostgreSQL migrations build the order indexes
/// <c>NULLS FIRST</c> to match, so a page is still one index range. Keys that cannot be NULL are left as they are
/// (their order is the same either way, and the primary key's index matches it).
/// </summary>
internal sealed class SqliteNullOrderingSqlGeneratorFactory(
    QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, INpgsqlSingletonOptions options)
    : IQuerySqlGeneratorFactory
{
    public QuerySqlGenerator Create() => new Generator(dependencies, typeMappingSource, options.PostgresVersion);

    private sealed class Generator(QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, Version postgresVersion)
        : NpgsqlQuerySqlGenerator(dependencies, typeMappingSource, reverseNullOrderingEnabled: false, postgresVersion)
    {
        protected override System.Linq.Expressions.Expression VisitOrdering(OrderingExpression ordering)
        {
            var result = base.VisitOrdering(ordering);
            if (ordering.Expression is ColumnExpression { IsNullable: false } or SqlConstantExpression)
            {
                return result;
            }

            Sql.Append(ordering.IsAscending ? " NULLS FIRST" : " NULLS LAST");
            return result;
        }
    }
}
