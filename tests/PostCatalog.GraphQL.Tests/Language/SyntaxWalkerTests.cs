using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        protected override bool Enter(SyntaxNode node)
        {
            Events.Add("enter " + node.Kind);
            return base.Enter(node);
        }

        protected override void Leave(SyntaxNode node)
        {
            Events.Add("leave " + node.Kind);
            base.Leave(node);
        }
    }

    private sealed class FieldPaths : SyntaxWalker
    {
        public List<string> Paths { get; } = [];

        protected override bool EnterField(FieldNode node)
        {
            IEnumerable<string> outer = Ancestors.OfType<FieldNode>().Select(f => f.ResponseName);
            Paths.Add(string.Join('.', outer.Append(node.ResponseName)));
            return node.Name.Value != "skipMe"; // do not descend into skipMe
        }
    }

    private sealed class ObjectTypes : SyntaxWalker
    {
        public List<string> Seen { get; } = [];

        protected override bool EnterObjectTypeDefinition(ObjectTypeDefinitionNode node)
        {
            Seen.Add((node.IsExtension ? "extend " : "") + node.Name.Value);
            return true;
        }
    }

    [Fact]
    public void Definitions_and_their_extensions_share_one_method()
    {
        var walker = new ObjectTypes();

        walker.Walk(Parser.Parse("type Post { id: ID } extend type Post @key scalar Date"));

        Assert.Equal(["Post", "extend Post"], walker.Seen);
    }

    [Fact]
    public void Visits_nodes_depth_first_entering_and_leaving_each()
    {
        var recorder = new Recorder();

        recorder.Walk(Parser.Parse("{ a(x: 1) }"));

        Assert.Equal(
        [
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name", "leave Name",
            "enter Argument", "enter Name", "leave Name", "enter IntValue", "leave IntValue", "leave Argument",
            "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ], recorder.Events);
    }

    [Fact]
    public void Per_kind_methods_see_the_ancestors_and_can_skip_subtrees()
    {
        var walker = new FieldPaths();

        walker.Walk(Parser.Parse("{ me: user { name friends { name } } skipMe { hidden } }"));

        Assert.Equal(["me", "me.name", "me.friends", "me.friends.name", "skipMe"], walker.Paths);
    }
}
