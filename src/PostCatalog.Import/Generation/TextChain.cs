namespace PostCatalog.Import.Generation;

/// <summary>
/// A word-level Markov chain (bigrams) learnt from real sentences: walks produce text that reads like the seeds'
/// titles and excerpts ("Building a Data Platform at Spotify’s Scale") without copying them. A walk may end where a
/// seed sentence ended, and avoids repeating a longer word, so titles do not loop ("Data (Part 1) Data (Part 1)").
/// </summary>
public sealed class TextChain
{
    /// <summary>Follower that marks "a sentence ended here".</summary>
    private const string End = "";

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
            for (var i = 0; i < words.Length; i++)
            {
                if (!next.TryGetValue(words[i], out var list)) next[words[i]] = list = [];
                list.Add(i + 1 < words.Length ? words[i + 1] : End);
            }
        }
        if (starts.Count == 0) starts.Add("Spotify");
        return new TextChain([.. starts], next.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>A walk of <paramref name="minWords"/> to <paramref name="maxWords"/> words.</summary>
    public string Walk(Random random, int minWords, int maxWords)
    {
        var words = new List<string>(maxWords);
        var word = _starts[random.Next(_starts.Length)];
        while (words.Count < maxWords)
        {
            words.Add(word);
            var followers = _next.GetValueOrDefault(word);
            var next = End;
            // A few tries for a follower that does not repeat a longer word of this text.
            for (var attempt = 0; attempt < 3 && followers is not null; attempt++)
            {
                next = followers[random.Next(followers.Length)];
                if (next.Length <= 3 || !words.Contains(next, StringComparer.OrdinalIgnoreCase)) break;
            }
            if (next == End)
            {
                if (words.Count >= minWords) break;
                next = _starts[random.Next(_starts.Length)];
            }
            word = next;
        }
        return string.Join(' ', words);
    }
}
