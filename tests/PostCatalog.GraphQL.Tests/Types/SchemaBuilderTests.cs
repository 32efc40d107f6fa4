using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private sealed record Post(string Slug, string Title, SortDirection Direction = SortDirection.Ascending);

    private sealed record Tag(string Name);

    private enum SortDirection { Ascending, Descending, PublishedAt }

    private static Schema BlogSchema() => new SchemaBuilder()
        .AddQueryType(q => q
            .Field("hello", "String!", _ => "world")
            .Field("post", "Post", f => f
                .Argument("slug", "String!")
                .Resolve(ctx => new Post(ctx.ArgumentValue<string>("slug"), "Hello"))))
        .AddInterfaceType("Node", i => i.Field("id", "ID!"))
        .AddObjectType<Post>("Post", t => t
            .Implements("Node")
            .Field("id", "ID!", p => p.Slug)
            .Field("title", "String!", p => p.Title))
        .AddObjectType<Tag>("Tag", t => t.Implements("Node").Field("id", "ID!", t => t.Name).Field("name", "String!"))
        .AddUnionType("SearchResult", u => u.Types("Post", "Tag"))
        .Build();

    [Fact]
    public void A_schema_reads_as_its_SDL_would()
    {
        var schema = BlogSchema();

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("String!", schema.QueryType.Fields["hello"].Type.Print());
        var post = schema.QueryType.Fields["post"];
        Assert.Equal("Post", post.Type.Print());
        Assert.Equal("String!", post.Arguments["slug"].Type.Print());
        Assert.Equal("Query.post(slug:)", post.Arguments["slug"].Coordinate);
        Assert.Equal("Post.title", schema.GetType<ObjectType>("Post")!.Fields["title"].Coordinate);
        Assert.Equal(["Node"], schema.GetType<ObjectType>("Post")!.Interfaces.Select(i => i.Name));
    }

    [Fact]
    public async Task Resolvers_run_through_the_field_pipeline()
    {
        var schema = BlogSchema();

        var hello = await FakeResolverContext.RunAsync(schema, "Query.hello");
        var post = await FakeResolverContext.RunAsync(schema, "Query.post", arrange: ctx =>
            ctx.ArgumentValues["slug"] = new ArgumentValue(ctx.Field.Arguments["slug"], "intro", ArgumentValueKind.Literal, null));
        var title = await FakeResolverContext.RunAsync(schema, "Post.title", new Post("intro", "Hello"));

        Assert.Equal("world", hello);
        Assert.Equal(new Post("intro", "Hello"), post);
        Assert.Equal("Hello", title);
    }

    [Fact]
    public async Task Fields_without_a_resolver_read_the_parents_property_or_key()
    {
        var schema = BlogSchema();

        Assert.False(schema.GetType<ObjectType>("Tag")!.Fields["name"].HasCustomResolver);
        Assert.Equal("graphql", await FakeResolverContext.RunAsync(schema, "Tag.name", new Tag("graphql")));
        Assert.Equal("rest", await FakeResolverContext.RunAsync(schema, "Tag.name",
            new Dictionary<string, object?> { ["name"] = "rest" }));
    }

    [Fact]
    public async Task Schema_middleware_wraps_field_middleware_which_wraps_the_resolver_first_declared_outermost()
    {
        var calls = new List<string>();
        FieldMiddleware Record(string name) => next => async context =>
        {
            calls.Add(name + ">");
            await next(context);
            calls.Add("<" + name);
        };
        var schema = new SchemaBuilder()
            .Use(Record("schema"))
            .AddQueryType(q => q.Field("n", "Int", f => f
                .Use(Record("paging"))
                .Use(Record("filtering"))
                .Resolve(_ =>
                {
                    calls.Add("resolver");
                    return 1;
                })))
            .Build();

        await FakeResolverContext.RunAsync(schema, "Query.n");

        Assert.Equal(["schema>", "paging>", "filtering>", "resolver", "<filtering", "<paging", "<schema"], calls);
    }

    [Fact]
    public async Task Middleware_can_replace_the_result()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("shout", "String", f => f
                .Use(next => async context =>
                {
                    await next(context);
                    context.Result = ((string)context.Result!).ToUpperInvariant();
                })
                .Resolve(_ => "quiet")))
            .Build();

        Assert.Equal("QUIET", await FakeResolverContext.RunAsync(schema, "Query.shout"));
    }

    [Fact]
    public void A_CSharp_enum_becomes_an_enum_type_named_like_HotChocolate_names_it()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("direction", "SortDirection"))
            .AddEnumType<SortDirection>()
            .Build();

        var type = schema.GetType<EnumType>("SortDirection")!;

        Assert.Equal(["ASCENDING", "DESCENDING", "PUBLISHED_AT"], type.Values.Select(v => v.Name));
        Assert.Equal(SortDirection.PublishedAt, type.ParseLiteral(new EnumValueNode("PUBLISHED_AT")));
        Assert.Equal("DESCENDING", type.Serialize(SortDirection.Descending));
    }

    [Fact]
    public void Enum_values_report_unknown_names_with_suggestions()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("sort", "SortEnumType"))
            .AddEnumType("SortEnumType", e => e.Value("ASC").Value("DESC"))
            .Build();
        var type = schema.GetType<EnumType>("SortEnumType")!;

        Assert.Equal("Value \"ASCC\" does not exist in \"SortEnumType\" enum. Did you mean the enum value \"ASC\"?",
            Assert.Throws<SerializationException>(() => type.ParseValue("ASCC")).Message);
        Assert.Equal("Enum \"SortEnumType\" cannot represent non-enum value: \"ASC\". Did you mean the enum value \"ASC\" or \"DESC\"?",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(new StringValueNode("ASC"))).Message);
        Assert.Equal("Enum \"SortEnumType\" cannot represent value: \"UP\"",
            Assert.Throws<SerializationException>(() => type.Serialize("UP")).Message);
    }

    [Fact]
    public void Default_values_can_be_given_as_CSharp_values_or_SDL_text_and_are_coerced_once()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("posts", "[String!]!", f => f
                .Argument("first", "Int", a => a.DefaultValue(10))
                .Argument("order", "PostOrder", a => a.DefaultValueSyntax("{field: TITLE}"))
                .Argument("where", "PostFilter", a => a.DefaultValue(new { title = "x" }))))
            .AddEnumType("PostField", e => e.Value("TITLE").Value("DATE"))
            .AddInputObjectType("PostOrder", i => i
                .Field("field", "PostField!")
                .Field("direction", "String", f => f.DefaultValue("ASC")))
            .AddInputObjectType("PostFilter", i => i.Field("title", "String"))
            .Build();
        var arguments = schema.QueryType.Fields["posts"].Arguments;

        Assert.Equal(10, arguments["first"].DefaultValue);
        Assert.Equal("10", Printer.Print(arguments["first"].DefaultValueSyntax!));
        var order = Assert.IsType<Dictionary<string, object?>>(arguments["order"].DefaultValue);
        Assert.Equal("TITLE", order["field"]);
        Assert.Equal("ASC", order["direction"]);
        Assert.Equal("{ title: \"x\" }", Printer.Print(arguments["where"].DefaultValueSyntax!));
    }

    [Fact]
    public void An_invalid_default_value_fails_the_build()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddQueryType(q => q.Field("posts", "Int", f => f.Argument("first", "Int", a => a.DefaultValue("ten"))))
            .Build());

        Assert.Contains(exception.Errors, e => e.Message.StartsWith("Query.posts(first:) has invalid default value"));
    }

    [Fact]
    public void Deprecation_applies_to_fields_arguments_input_fields_and_enum_values()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q
                .Field("old", "String", f => f.Deprecated())
                .Field("search", "String", f => f.Argument("q", "String", a => a.Deprecated("Use term."))))
            .AddInputObjectType("Filter", i => i.Field("legacy", "String", f => f.Deprecated("Gone.")))
            .AddEnumType("Color", e => e.Value("RED").Value("ROUGE", v => v.Deprecated()))
            .Build();

        Assert.Equal("No longer supported", schema.QueryType.Fields["old"].DeprecationReason);
        Assert.Equal("Use term.", schema.QueryType.Fields["search"].Arguments["q"].DeprecationReason);
        Assert.True(schema.GetType<InputObjectType>("Filter")!.Fields["legacy"].IsDeprecated);
        Assert.True(schema.GetType<EnumType>("Color")!.GetValue("ROUGE")!.IsDeprecated);
        Assert.False(schema.GetType<EnumType>("Color")!.GetValue("RED")!.IsDeprecated);
    }

    [Fact]
    public void Abstract_types_resolve_by_the_CLR_type_registered_for_each_object_type()
    {
        var schema = BlogSchema();
        var node = schema.GetType<InterfaceType>("Node")!;
        var searchResult = schema.GetType<UnionType>("SearchResult")!;
        var context = new FakeResolverContext(schema, schema.QueryType.Fields["hello"], null);

        Assert.Equal("Post", schema.ResolveAbstractType(node, new Post("a", "b"), context)?.Name);
        Assert.Equal("Tag", schema.ResolveAbstractType(searchResult, new Tag("t"), context)?.Name);
        Assert.Null(schema.ResolveAbstractType(node, "neither", context));
    }

    [Fact]
    public void Abstract_types_can_resolve_with_IsOfType_or_a_custom_ResolveType()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("pet", "Pet").Field("animal", "Animal"))
            .AddInterfaceType("Pet", i => i.Field("name", "String"))
            .AddObjectType("Dog", t => t.Implements("Pet").Field("name", "String").IsOfType(v => v is string s && s.StartsWith("dog")))
            .AddObjectType("Cat", t => t.Implements("Pet").Field("name", "String").IsOfType(v => v is string s && s.StartsWith("cat")))
            .AddUnionType("Animal", u => u.Types("Dog", "Cat").ResolveType((_, ctx) => ctx.Schema.GetType<ObjectType>("Cat")))
            .Build();
        var context = new FakeResolverContext(schema, schema.QueryType.Fields["pet"], null);

        Assert.Equal("Cat", schema.ResolveAbstractType(schema.GetType<InterfaceType>("Pet")!, "cat:tom", context)?.Name);
        Assert.Equal("Cat", schema.ResolveAbstractType(schema.GetType<UnionType>("Animal")!, "dog:rex", context)?.Name);
    }

    [Fact]
    public void Possible_types_and_sub_typing_follow_the_declared_implementations()
    {
        var schema = BlogSchema();
        var node = schema.GetType<InterfaceType>("Node")!;
        var post = schema.GetType<ObjectType>("Post")!;
        var union = schema.GetType<UnionType>("SearchResult")!;

        Assert.Equal(["Post", "Tag"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Post", "Tag"], schema.GetImplementations(node).Objects.Select(t => t.Name));
        Assert.True(schema.IsSubType(node, post));
        Assert.True(schema.IsSubType(union, post));
        Assert.False(schema.IsSubType(union, node));
        Assert.True(schema.IsTypeSubTypeOf(new NonNullType(post), node));
        Assert.False(schema.IsTypeSubTypeOf(node, new NonNullType(node)));
        Assert.True(schema.IsTypeSubTypeOf(new ListType(new NonNullType(post)), new ListType(node)));
        Assert.True(schema.DoTypesOverlap(node, union));
    }

    [Fact]
    public void Only_the_built_in_scalars_in_use_join_the_schema()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("publishedAt", "Date").Field("count", "Int"))
            .Build();

        var names = schema.Types.Select(t => t.Name).ToList();

        // Boolean and String are used by the built-in directives' arguments, as in graphql-js.
        Assert.Equal(["Query", "Date", "Int", "Boolean", "String"], names);
        Assert.IsType<DateType>(schema.GetType("Date"));
    }

    [Fact]
    public void Types_keep_registration_order_with_built_in_scalars_where_first_referenced()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { post: Post, tags: [Tag] }
            type Tag { name: String }
            type Post { id: ID!, rating: Float }
            """).Build();

        Assert.Equal(["Query", "Tag", "String", "Post", "ID", "Float", "Boolean"], schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Unknown_type_references_fail_the_build_with_a_suggestion()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddQueryType(q => q.Field("post", "Pots"))
            .AddObjectType("Post", t => t.Field("id", "ID"))
            .Build());

        Assert.Equal(["Unknown type \"Pots\". Did you mean \"Post\"?"], exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Binding_a_resolver_to_a_field_that_does_not_exist_fails_the_build()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.FromSdl("type Query { hello: String }").BindResolver("Query.helo", _ => "x").Build());

        Assert.Equal(["Cannot bind a resolver to \"Query.helo\": the schema has no such object field."],
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task SDL_fields_get_their_resolvers_by_coordinate()
    {
        var schema = SchemaBuilder.FromSdl("type Query { hello: String }")
            .BindResolver("Query.hello", _ => "world")
            .Build();

        Assert.Equal("world", await FakeResolverContext.RunAsync(schema, "Query.hello"));
    }

    [Fact]
    public void Object_types_can_be_extended_after_they_are_defined()
    {
        var schema = new SchemaBuilder()
            .ExtendObjectType("Query", q => q.Field("version", "String", _ => "1"))
            .AddQueryType(q => q.Field("hello", "String"))
            .Build();

        Assert.Equal(["hello", "version"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Convention_data_set_on_a_field_is_readable_on_the_built_field()
    {
        var schema = new SchemaBuilder()
            .AddQueryType(q => q.Field("posts", "[String]", f => f.SetContextData("paging.maxPageSize", 50)))
            .Build();

        Assert.Equal(50, schema.QueryType.Fields["posts"].ContextData["paging.maxPageSize"]);
    }

    [Fact]
    public void Type_references_print_as_written()
    {
        var schema = new SchemaBuilder().AddQueryType(q => q.Field("tags", "[String!]!")).Build();
        var type = schema.QueryType.Fields["tags"].Type;

        Assert.Equal("[String!]!", type.Print());
        Assert.True(type.IsNonNull());
        Assert.True(type.IsListType());
        Assert.Equal("String", type.NamedType().Name);
        Assert.True(type.IsOutputType());
        Assert.True(type.IsInputType());
    }
}
