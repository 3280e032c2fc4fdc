using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Tests.Support;

/// <summary>Builds chains over in-process plugins.</summary>
internal static class TestChains
{
    public static PluginRegistry Registry(params IPlugin[] plugins) =>
        new(plugins.Select(p => new LoadedPlugin(p, "test")));

    /// <summary>A chain running the given plugins in order, each step named after its plugin.</summary>
    public static Chain Of(params IPlugin[] plugins) =>
        ChainLoader.BuildInline(
            "{\"steps\":[" + string.Join(",", plugins.Select(p => $"{{\"plugin\":\"{p.Name}\"}}")) + "]}",
            Registry(plugins));

    public static Task<ChainResult> Run(this Chain chain, string text, bool trace = true) =>
        chain.RunAsync(new DocumentInput { Text = text }, trace, CancellationToken.None);

    public static string Slice(this string text, (int Start, int End) range) => text[range.Start..range.End];
}
