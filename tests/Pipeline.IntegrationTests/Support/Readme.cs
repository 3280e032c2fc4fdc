namespace Pipeline.IntegrationTests.Support;

/// <summary>The repository's README, read so that tests can run its commands as written.</summary>
internal static class Readme
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Root, "README.md");

    /// <summary>Every command line that starts with <paramref name="program"/>, with its backslash-continued lines joined.</summary>
    public static IReadOnlyList<string> CommandsOf(string program)
    {
        var commands = new List<string>();
        var current = string.Empty;
        foreach (var line in File.ReadLines(Path))
        {
            current = current.Length > 0 ? current + " " + line.Trim() : line;
            if (current.EndsWith('\\'))
            {
                current = current[..^1].TrimEnd();
                continue;
            }

            if (current.StartsWith(program + " ", StringComparison.Ordinal))
            {
                commands.Add(current);
            }

            current = string.Empty;
        }

        return commands;
    }
}
