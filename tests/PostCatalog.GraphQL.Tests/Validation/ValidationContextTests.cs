using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.Tests.Validation;

public class ValidationContextTests
{
    private const string Document = """
        query Q($atOtherHomes: Boolean, $command: DogCommand!) {
          dog {
            ...outer
            doesKnowCommand(dogCommand: $command)
          }
          findDog(searchBy: { name: $name }) { name }
        }

        fragment outer on Dog { ...inner owner { name } }
        fragment inner on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
        fragment unused on Dog { name }
        """;

    [Fact]
    public void Recursively_referenced_fragments_follow_spreads_through_fragments()
    {
        var (context, operation) = ContextFor(Document);

        var fragments = context.GetRecursivelyReferencedFragments(operation);

        Assert.Equal(["outer", "inner"], fragments.Select(f => f.Name.Value));
    }

    [Fact]
    public void Variable_usages_know_the_expected_type_and_whether_a_default_applies()
    {
        var (context, operation) = ContextFor(Document);

        var usages = context.GetRecursiveVariableUsages(operation)
            .Select(u => (u.Node.Name.Value, Type: u.Type?.Print(), u.HasLocationDefaultValue, Parent: u.ParentType?.Print()))
            .ToList();

        Assert.Equal(
            [
                ("command", "DogCommand!", false, null),
                ("name", "String", false, "FindDogInput"),
                ("atOtherHomes", "Boolean", false, null),
            ],
            usages);
    }

    private static (ValidationContext Context, OperationDefinitionNode Operation) ContextFor(string source)
    {
        var document = Parser.Parse(source);
        var schema = SpecExampleSchema.Instance;
        var context = new ValidationContext(schema, document, new TypeInfo(schema), [], _ => { }, hideSuggestions: false);
        return (context, document.Definitions.OfType<OperationDefinitionNode>().Single());
    }
}
