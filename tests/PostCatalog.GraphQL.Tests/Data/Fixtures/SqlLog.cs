using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>Records the SQL every command sends, so tests can see what reached the database.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands => _commands;

    public void Clear() => _commands.Clear();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        _commands.Add(result.CommandText);
        return result;
    }
}
