using System.Runtime.CompilerServices;
using System.Text;

namespace PostCatalog.Tests.Shared;

/// <summary>
/// Our own snapshot assertion (Snapshooter and Verify do not restore here).
/// Compares text with <c>__snapshots__/NAME.snap</c> beside the calling test's source file:
/// missing -> written (and the test fails when CI=true, so CI never accepts an unreviewed snapshot);
/// different -> <c>NAME.snap.mismatch</c> written beside it and the test fails with the first differing lines.
/// To accept a change, review the .mismatch file and move it over the .snap file.
/// </summary>
public static class SnapshotAssert
{
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "__snapshots__");
        var file = Path.Combine(folder, name + ".snap");
        var mismatch = file + ".mismatch";
        actual = Normalize(actual);

        if (!File.Exists(file))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new SnapshotMismatchException($"Snapshot {file} is missing and CI=true; run the tests locally and commit it.");
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, actual, new UTF8Encoding(false));
            return;
        }

        var expected = Normalize(File.ReadAllText(file));
        if (expected == actual)
        {
            if (File.Exists(mismatch)) File.Delete(mismatch);
            return;
        }
        File.WriteAllText(mismatch, actual, new UTF8Encoding(false));
        throw new SnapshotMismatchException($"Snapshot {name} differs from {file} (actual written to {mismatch}):\n{Diff(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    /// <summary>The first few differing lines, "-" expected and "+" actual, with line numbers.</summary>
    private static string Diff(string expected, string actual, int maxLines = 12)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var report = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < maxLines; i++)
        {
            var x = i < e.Length ? e[i] : null;
            var y = i < a.Length ? a[i] : null;
            if (x == y) continue;
            if (x is not null) report.AppendLine($"{i + 1,5} - {x}");
            if (y is not null) report.AppendLine($"{i + 1,5} + {y}");
            shown++;
        }
        return report.ToString();
    }
}

public sealed class SnapshotMismatchException(string message) : Exception(message);
