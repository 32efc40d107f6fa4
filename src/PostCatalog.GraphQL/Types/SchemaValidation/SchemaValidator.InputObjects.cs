namespace PostCatalog.GraphQL.Types;

// Input objects (spec 3.10): at least one field, unique names, required fields not deprecated, @oneOf fields
// nullable without defaults, no cycle of non-null fields, and every @oneOf type can be given a finite value.
internal static partial class SchemaValidator
{
    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", [input.SyntaxNode, .. input.ExtensionSyntaxNodes]);
        }

        ValidateUnique(context, input.Fields, f => $"Field \"{f.Coordinate}\" can only be defined once.", f => f.SyntaxNode?.Name);
        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            if (field.IsRequired && field.IsDeprecated)
            {
                context.Report($"Required input field {field.Coordinate} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.SyntaxNode), field.SyntaxNode?.Type);
            }

            if (!input.IsOneOf) continue;
            if (field.Type is NonNullType)
            {
                context.Report($"OneOf input field {field.Coordinate} must be nullable.", field.SyntaxNode?.Type);
            }

            if (field.HasDefaultValue)
            {
                context.Report($"OneOf input field {field.Coordinate} cannot have a default value.", field.SyntaxNode);
            }
        }
    }

    private static void ValidateInputObjectCycles(Context context)
    {
        var inputs = context.Schema.Types.OfType<InputObjectType>().ToList();
        var visited = new HashSet<string>();
        var path = new List<InputField>();
        var pathIndexByType = new Dictionary<string, int>();
        foreach (var input in inputs) DetectCycle(input);

        // A depth-first walk along non-null input object fields (graphql-js's createInputObjectCircularRefsValidator).
        void DetectCycle(InputObjectType input)
        {
            if (!visited.Add(input.Name)) return;
            pathIndexByType[input.Name] = path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                path.Add(field);
                if (pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    context.Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        cycle.Select(f => (Language.SyntaxNode?)f.SyntaxNode).ToArray());
                }
                else
                {
                    DetectCycle(fieldType);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndexByType.Remove(input.Name);
        }

        ValidateOneOfInhabited(context, inputs);
    }

    // A type can be given a finite value when a @oneOf type has some field that can, and any other input object
    // has no required field that cannot. Computed as a fixpoint; cycles found above are not reported twice.
    private static void ValidateOneOfInhabited(Context context, List<InputObjectType> inputs)
    {
        var providable = new HashSet<InputObjectType>();
        bool changed;
        do
        {
            changed = false;
            foreach (var input in inputs.Where(i => !providable.Contains(i)))
            {
                var ok = input.IsOneOf
                    ? input.Fields.Any(f => CanProvide(f.Type.NullableType()))
                    : input.Fields.Where(f => f.IsRequired).All(f => CanProvide(f.Type.NullableType()));
                if (ok) changed |= providable.Add(input);
            }
        }
        while (changed);

        foreach (var input in inputs.Where(i => i.IsOneOf && !providable.Contains(i)))
        {
            context.Report(
                $"OneOf Input Object \"{input.Name}\" must be inhabited but all fields recursively reference only other OneOf Input Objects.",
                input.SyntaxNode);
        }

        bool CanProvide(IType type) => type is not InputObjectType nested || providable.Contains(nested);
    }
}
