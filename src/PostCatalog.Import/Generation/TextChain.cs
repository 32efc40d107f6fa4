namespace PostCatalog.Import.Generation;

/// <summary>
/// A word-level Markov chain (bigrams) learnt from real sentences: walks produce text that reads like the seeds'
/// titles and excerpts ("Building a Data Platform at Spotify’s Scale") without copying them.
/// </summary>
public sealed class TextChain
{
    private readonly string[] _starts;
    private readonly Dictionary<string, string[]> _next;

    private TextChain(string[] starts, Dictionary<string, string[]> next)
    {
        _starts = starts;
        _next = next;
    }

    public static TextChain Learn(IEnumerable<string> sentences)
    {
        var starts = new List<string>();
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            starts.Add(words[0]);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (!next.TryGetValue(words[i], out var list)) next[words[i]] = list = [];
                list.Add(words[i + 1]);
            }
        }
        if (starts.Count == 0) starts.Add("Spotify");
        return new TextChain([.. starts], next.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>A walk of <paramref name="minWords"/> to <paramref name="maxWords"/> words; restarts at a dead end.</summary>
    public string Walk(Random random, int minWords, int maxWords)
    {
        var length = random.Next(minWords, maxWords + 1);
        var words = new string[length];
        var word = _starts[random.Next(_starts.Length)];
        for (var i = 0; i < length; i++)
        {
            words[i] = word;
            word = _next.TryGetValue(word, out var followers) ? followers[random.Next(followers.Length)] : _starts[random.Next(_starts.Length)];
        }
        return string.Join(' ', words);
    }
}
