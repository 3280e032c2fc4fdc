using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core.Runtime;

namespace Pipeline.Benchmarks;

/// <summary>The built-in plugins and shipped chains, loaded from the folder beside the benchmark as the host loads them.</summary>
internal static class BuiltIns
{
    public static PipelineRuntime Start()
    {
        var options = new PipelineRuntimeOptions { ChainsFile = Path.Combine(AppContext.BaseDirectory, "chains.json"), Watch = false };
        options.PluginDirectories.Add(Path.Combine(AppContext.BaseDirectory, "plugins"));
        return PipelineRuntime.Start(options, NullLoggerFactory.Instance);
    }

    /// <summary>The shared folder beside the repository.</summary>
    public static string Shared()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var shared = Path.Combine(directory.FullName, "..", "shared");
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")) && Directory.Exists(shared))
            {
                return Path.GetFullPath(shared);
            }
        }

        throw new DirectoryNotFoundException("../shared beside the repository");
    }

    /// <summary>The steps a chain runs on a plain-text document: the news chain's converters wait for other media types.</summary>
    public static IReadOnlyList<ChainStep> TextSteps(Chain chain) =>
        [.. chain.Steps.Where(s => s.Definition.When?.WhyNot("text/plain", new Dictionary<string, string>()) is null)];

    /// <summary>
    /// A chain of <paramref name="steps"/> with their shipped options and a time limit no benchmark document
    /// reaches: the benchmarks measure, they do not police.
    /// </summary>
    public static Chain Rebuild(PipelineRuntime runtime, IEnumerable<ChainStep> steps)
    {
        var definitions = steps.Select(s => $$"""{"id":"{{s.Id}}","plugin":"{{s.Plugin.Name}}","timeoutMs":600000,"options":{{s.Definition.Options.GetRawText()}}}""");
        return ChainLoader.BuildInline($$"""{"steps":[{{string.Join(",", definitions)}}]}""", runtime.Current.Plugins);
    }

    /// <summary>The shared sample article, read in place beside the repository.</summary>
    public static string Sample()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var sample = Path.Combine(directory.FullName, "..", "shared", "samples", "000_2513f709a0890ad6.txt");
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")) && File.Exists(sample))
            {
                return File.ReadAllText(sample);
            }
        }

        throw new FileNotFoundException("../shared/samples/000_2513f709a0890ad6.txt beside the repository");
    }
}
