namespace Pipeline.Cli;

/// <summary>The documents named on the command line: files as given, folders as every file beneath them in name order.</summary>
internal static class InputFiles
{
    public static List<string> Expand(IEnumerable<string> paths, out string? problem)
    {
        problem = null;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true })
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                problem = $"no such file or folder: {path}";
                return [];
            }
        }

        if (files.Count == 0)
        {
            problem = "no documents to process";
        }

        return files;
    }
}
