using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Types;

/// <summary>Building from SDL and printing back: what graphql-js's buildSchema and printSchema agree on.</summary>
public class SdlRoundTripTests
{
    // printSchema(buildSchema(KitchenSink)) in graphql-js returns exactly this text (checked with graphql 17.1.0).
    private const string KitchenSink = """"
        """The blog catalog."""
        schema {
          query: Root
          mutation: Mutation
        }

        """Marks a type as cached."""
        directive @cached(
          """Seconds."""
          maxAge: Int = 60
          scope: CacheScope = PUBLIC
        ) repeatable on OBJECT | FIELD_DEFINITION

        directive @tag(name: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION

        type Root {
          """Look up a post."""
          post(slug: String!, by: PostBy): Post
          posts(first: Int = 10, after: String, where: PostFilter = { title: { eq: "x" }, tags: ["a", "b"], minRating: 2.5 }, order: [PostSort!] = [{ field: PUBLISHED_AT, direction: DESC }]): [Post!]!
          search(
            """The text to look for."""
            term: String!

            """Only these kinds."""
            kinds: [SearchKind!] = [POST]
          ): [SearchResult!]!
          node(id: ID!): Node
          oldField: String @deprecated
          legacy(format: String @deprecated(reason: "Use `style`.")): String @deprecated(reason: "Use `post`.")
          ratio: Float
          published: Date
          updated: DateTime
          link: URL
          bigNumber: Long
          raw: JSON
        }

        type Mutation {
          ratePost(slug: String!, stars: Int!): Post
        }

        """
        An object with a globally unique id.
        Second line.
        """
        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: URL
        }

        type Post implements Resource & Node {
          id: ID!
          url: URL
          title: String!
          tags: [Tag!]!
          rating: Float
        }

        type Tag implements Node {
          id: ID!
          name: String!
        }

        union SearchResult = Post | Tag

        enum SearchKind {
          POST

          """Tags by name."""
          TAG
          AUTHOR @deprecated(reason: "Authors are not indexed.")
        }

        enum SortEnumType {
          ASC
          DESC
        }

        enum PostField {
          TITLE
          PUBLISHED_AT
        }

        enum CacheScope {
          PUBLIC
          PRIVATE
        }

        input PostBy @oneOf {
          id: ID
          slug: String
        }

        input PostFilter {
          title: StringFilter
          tags: [String!]
          minRating: Float = 2.5
          legacy: String @deprecated
        }

        input StringFilter {
          eq: String
          contains: String
        }

        input PostSort {
          field: PostField!
          direction: SortEnumType = ASC
        }

        scalar Date

        scalar DateTime @specifiedBy(url: "https://www.graphql-scalars.com/date-time")

        scalar URL

        scalar Long

        """Any JSON value."""
        scalar JSON
        """";

    [Fact]
    public void Printing_a_schema_built_from_SDL_gives_the_same_SDL_as_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSink).Build();

        Assert.Equal(KitchenSink, SchemaPrinter.PrintLikeGraphQLJs(schema));
    }

    [Fact]
    public void SDL_features_land_in_the_model()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSink).Build();

        Assert.Equal("The blog catalog.", schema.Description);
        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Look up a post.", schema.QueryType.Fields["post"].Description);
        Assert.Equal("Use `post`.", schema.QueryType.Fields["legacy"].DeprecationReason);
        Assert.Equal("Use `style`.", schema.QueryType.Fields["legacy"].Arguments["format"].DeprecationReason);
        Assert.Equal("No longer supported", schema.QueryType.Fields["oldField"].DeprecationReason);
        Assert.True(schema.GetType<InputObjectType>("PostBy")!.IsOneOf);
        Assert.Equal("https://www.graphql-scalars.com/date-time", schema.GetType<ScalarType>("DateTime")!.SpecifiedByUrl);
        Assert.Equal(["Node"], schema.GetType<InterfaceType>("Resource")!.Interfaces.Select(i => i.Name));
        var cached = schema.GetDirective("cached")!;
        Assert.True(cached.IsRepeatable);
        Assert.False(cached.IsBuiltIn);
        Assert.Equal([DirectiveLocation.Object, DirectiveLocation.FieldDefinition], cached.Locations);
        Assert.Equal(60, cached.Arguments["maxAge"].DefaultValue);
    }

    [Fact]
    public void Scalars_declared_in_SDL_bind_to_the_built_in_implementations_but_keep_what_the_SDL_says()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSink).Build();

        Assert.IsType<DateType>(schema.GetType("Date"));
        Assert.IsType<UrlType>(schema.GetType("URL"));
        Assert.Null(schema.GetType<ScalarType>("URL")!.SpecifiedByUrl);
        Assert.IsType<CustomScalarType>(schema.GetType("JSON"));
        Assert.Equal("Any JSON value.", schema.GetType<ScalarType>("JSON")!.Description);
    }

    [Fact]
    public void Extensions_add_to_types_and_the_schema_wherever_they_appear()
    {
        var schema = SchemaBuilder.FromSdl("""
            extend type Query { b: Int }
            type Query { a: Int }
            extend schema { mutation: Mutation }
            type Mutation { m: Int }
            enum Color { RED }
            extend enum Color { GREEN }
            input Filter { a: Int }
            extend input Filter @oneOf
            interface Node { id: ID }
            extend interface Node { name: String }
            type Post implements Node { id: ID name: String }
            union Result = Post
            extend union Result = Other
            type Other { x: Int }
            scalar Money
            extend scalar Money @specifiedBy(url: "https://example.com/money")
            """).Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal(["RED", "GREEN"], schema.GetType<EnumType>("Color")!.Values.Select(v => v.Name));
        Assert.True(schema.GetType<InputObjectType>("Filter")!.IsOneOf);
        Assert.Equal(["id", "name"], schema.GetType<InterfaceType>("Node")!.Fields.Select(f => f.Name));
        Assert.Equal(["Post", "Other"], schema.GetType<UnionType>("Result")!.Types.Select(t => t.Name));
        Assert.Equal("https://example.com/money", schema.GetType<ScalarType>("Money")!.SpecifiedByUrl);
    }

    [Fact]
    public void Extending_an_undefined_type_or_a_type_of_another_kind_fails()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Missing { b: Int }
            extend enum Query { X }
            """).Build());

        Assert.Equal(
            ["Cannot extend type \"Missing\" because it is not defined.", "Cannot extend non-enum type \"Query\"."],
            exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void HotChocolate_layout_puts_the_schema_first_then_types_by_kind_and_name_then_directives_and_scalars()
    {
        var schema = SchemaBuilder.FromSdl(""""
            type Query { posts(first: Int = 10 "Cursor." after: String): [Post!]! node(id: ID!): Node }
            type Post implements Node { id: ID! "When it went out." publishedAt: Date title: String @deprecated }
            interface Node { id: ID! }
            enum SortEnumType { ASC DESC }
            input PostSortInput { title: SortEnumType }
            union Result = Post
            scalar Date
            directive @cached(maxAge: Int) on FIELD_DEFINITION
            """
            A tag
            on two lines.
            """
            type Tag { name: String }
            """").Build();

        Assert.Equal(""""
            schema {
              query: Query
            }

            interface Node {
              id: ID!
            }

            type Post implements Node {
              id: ID!
              "When it went out."
              publishedAt: Date
              title: String @deprecated
            }

            type Query {
              posts(first: Int = 10 "Cursor." after: String): [Post!]!
              node(id: ID!): Node
            }

            """
            A tag
            on two lines.
            """
            type Tag {
              name: String
            }

            union Result = Post

            input PostSortInput {
              title: SortEnumType
            }

            enum SortEnumType {
              ASC
              DESC
            }

            directive @cached(maxAge: Int) on FIELD_DEFINITION

            "Indicates exactly one field must be supplied and this field must not be `null`."
            directive @oneOf on INPUT_OBJECT

            "Exposes a URL that specifies the behavior of this scalar."
            directive @specifiedBy("The URL that specifies the behavior of this scalar." url: String!) on SCALAR

            scalar Date
            """", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void A_code_first_schema_prints_like_the_same_schema_written_in_SDL()
    {
        const string sdl = """
            type Query {
              hello: String!
              post(slug: String!): Post
            }

            type Post {
              title: String!
              rating(scale: Int = 5): Float @deprecated(reason: "Use stars.")
            }
            """;
        var codeFirst = new SchemaBuilder()
            .AddQueryType(q => q.Field("hello", "String!", _ => "world").Field("post", "Post", f => f.Argument("slug", "String!")))
            .AddObjectType("Post", t => t
                .Field("title", "String!")
                .Field("rating", "Float", f => f.Argument("scale", "Int", a => a.DefaultValue(5)).Deprecated("Use stars.")))
            .Build();

        Assert.Equal(sdl, SchemaPrinter.PrintLikeGraphQLJs(codeFirst));
        Assert.Equal(sdl, SchemaPrinter.PrintLikeGraphQLJs(SchemaBuilder.FromSdl(sdl).Build()));
    }

    [Fact]
    public void A_deprecated_directive_prints_its_deprecation_as_graphql_js_17_does()
    {
        var schema = SchemaBuilder.FromSdl("""
            directive @legacyCache(maxAge: Int) @deprecated(reason: "Use `@cacheControl`.") on FIELD_DEFINITION
            directive @old on FIELD
            extend directive @old @deprecated
            type Query { a: String }
            """).Build();

        // printSchema(buildSchema(...)) in graphql-js 17.1.0.
        Assert.Equal("""
            directive @legacyCache(maxAge: Int) @deprecated(reason: "Use `@cacheControl`.") on FIELD_DEFINITION

            directive @old @deprecated on FIELD

            type Query {
              a: String
            }
            """, SchemaPrinter.PrintLikeGraphQLJs(schema).TrimEnd('\n'));
    }
}
