using DocPipe.V1;
using Grpc.Net.Client;
using Pipeline.Host;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The plugin kit as an outside author meets it: the contract packed as a NuGet package, the
/// <c>docpipe-plugin</c> template, a build in a folder outside the repository, and the real host
/// loading the result. Slow (pack, restore, build): one test, alone.
/// </summary>
[Collection(PluginKit.Name)]
public sealed class PluginKitTests
{
    private const string Text = "The  quick brown fox\u00A0jumps over the lazy dog.";

    [Fact]
    public async Task APluginMadeFromTheTemplateOutsideTheRepositoryBuildsAgainstThePackageAndRunsInTheHost()
    {
        var work = Directory.CreateTempSubdirectory("docpipe-kit-").FullName;
        try
        {
            Assert.False(
                Path.GetFullPath(work).StartsWith(RepoPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal),
                $"the temporary folder {work} is inside the repository, whose Directory.Build.props would be imported");
            var template = Path.Combine(RepoPaths.Root, "templates", "plugin");
            Assert.True(File.Exists(Path.Combine(template, ".template.config", "template.json")), $"no template at {template}");

            // No node reuse or compiler server: nothing may outlive the commands and keep their output open.
            var environment = new Dictionary<string, string>
            {
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
                ["MSBUILDDISABLENODEREUSE"] = "1",
                ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            };

            // 1. The contract as a package, into a local folder feed; its build output stays out of the repository's bin and obj.
            var feed = Path.Combine(work, "feed");
            await DotnetCli.RunAsync(
                RepoPaths.Root, environment,
                "pack", Path.Combine("src", "Pipeline.Abstractions"), "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(work, "artifacts"), "--disable-build-servers");
            Assert.Single(Directory.GetFiles(feed, "DocPipe.Pipeline.Abstractions.*.nupkg"));

            // 2. A nuget.config that sees that feed alone and keeps the packages it restores in the temporary folder,
            //    so that the user's package cache never holds this build of the contract.
            await File.WriteAllTextAsync(Path.Combine(work, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" />
                  </config>
                  <packageSources>
                    <clear />
                    <add key="docpipe" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            // 3. The template, installed into a private hive (the user's templates stay as they are), makes a project.
            var hive = Path.Combine(work, "template-hive");
            var project = Path.Combine(work, "Acme.WordCount");
            await DotnetCli.RunAsync(work, environment, "new", "install", template, "--debug:custom-hive", hive);
            await DotnetCli.RunAsync(work, environment, "new", "docpipe-plugin", "-n", "Acme.WordCount", "-o", project, "--debug:custom-hive", hive);

            // 4. Published outside the repository, then dropped as plugins/<AssemblyName>/ the way the README says.
            var published = Path.Combine(work, "published");
            await DotnetCli.RunAsync(project, environment, "publish", "-c", "Release", "-o", published, "--disable-build-servers");
            var dropped = Path.Combine(work, "plugins", "Acme.WordCount");
            Directory.CreateDirectory(dropped);
            foreach (var file in Directory.GetFiles(published))
            {
                File.Copy(file, Path.Combine(dropped, Path.GetFileName(file)));
            }

            Assert.True(File.Exists(Path.Combine(dropped, "Acme.WordCount.dll")), "the published plugin has no Acme.WordCount.dll");
            Assert.False(File.Exists(Path.Combine(dropped, "Pipeline.Abstractions.dll")), "the plugin ships its own copy of the contract; the host would not see its IPlugin");

            // 5. The real host, with the dropped folder beside its built-in plugins, called over gRPC.
            var chainsFile = Path.Combine(work, "chains.json");
            await File.WriteAllTextAsync(chainsFile, """
                {
                  "defaultChain": "kit",
                  "chains": {
                    "kit": {
                      "steps": [
                        { "plugin": "whitespace" },
                        { "id": "count", "plugin": "word-count", "options": { "minimumLength": 4, "metadataKey": "long_words" } }
                      ]
                    }
                  }
                }
                """);
            await using var app = PipelineHost.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--Pipeline:ChainsFile={chainsFile}",
                $"--Pipeline:PluginDirectories:0={Path.Combine(work, "plugins")}",
                "--Pipeline:WatchForChanges=false",
                "--Serilog:MinimumLevel:Default=Warning",
            ]);
            await app.StartAsync();
            try
            {
                using var channel = GrpcChannel.ForAddress(app.Urls.Single());
                var client = new PipelineService.PipelineServiceClient(channel);

                var plugins = await client.ListPluginsAsync(new ListPluginsRequest());
                var plugin = Assert.Single(plugins.Plugins, p => p.Name == "word-count");
                Assert.Equal("extractor", plugin.Kind);
                Assert.Equal("1.0.0", plugin.Version);
                Assert.Contains("\"minimumLength\"", plugin.OptionsSchema, StringComparison.Ordinal);

                var reply = await client.ProcessAsync(new ProcessRequest { Document = new Document { Id = "kit", Text = Text } });
                Assert.Equal("The quick brown fox jumps over the lazy dog.", reply.Text);
                Assert.Equal("5", reply.Metadata["long_words"]);
                Assert.Equal(["whitespace", "count"], reply.Steps.Select(s => s.Step));

                // The template's [Range] reaches the host: a chain asking for words of length 0 is refused before it runs.
                var check = await client.ValidateChainAsync(new ValidateChainRequest { ChainJson = """{"steps":[{"plugin":"word-count","options":{"minimumLength":0}}]}""" });
                Assert.False(check.Valid);
                Assert.Equal("$.steps[0].options.minimumLength", Assert.Single(check.Errors).Path);
            }
            finally
            {
                await app.StopAsync();
            }
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The plugin kit's test runs after the others and alone: its builds would slow the timed tests beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PluginKit
{
    public const string Name = "Plugin kit";
}
