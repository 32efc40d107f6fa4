using System.Text;
using System.Text.Json;
using PostCatalog.GraphQL.Execution.Results;

namespace PostCatalog.GraphQL.Tests.Execution.Results;

public class ResultValueWriterTests
{
    private static string ToJson(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) ResultValueWriter.Write(writer, value);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_result_map_keeps_the_order_fields_were_collected_in()
    {
        var map = new ResultMap();
        map.Add("zeta", 1);
        map.Add("alpha", "a");
        var list = new ResultList(2);
        list.SetValue(0, true);
        map.Add("list", list);

        Assert.Equal("""{"zeta":1,"alpha":"a","list":[true,null]}""", ToJson(map));
        Assert.Equal(new[] { "zeta", "alpha", "list" }, map.Keys);
        Assert.Equal("a", map["alpha"]);
    }

    [Fact]
    public void Scalars_serialize_to_json_primitives()
    {
        Assert.Equal("1.5", ToJson(1.5));
        Assert.Equal("9007199254740993", ToJson(9007199254740993L));
        Assert.Equal("\"say \\\"hi\\\"\"", ToJson("say \"hi\""));
        Assert.Equal("null", ToJson(double.NaN));
        Assert.Equal("{\"k\":[1,2]}", ToJson(new Dictionary<string, object?> { ["k"] = new[] { 1, 2 } }));
    }
}
