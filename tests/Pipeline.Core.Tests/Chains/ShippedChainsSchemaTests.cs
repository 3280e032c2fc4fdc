using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pipeline.Core.Chains;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Chains;

/// <summary>
/// The chains schema editors use (src/Pipeline.Host/chains.schema.json, beside the shipped chains.json):
/// generated from the built-in plugins as the host loads them, and what every chains file here points at.
/// </summary>
public sealed class ShippedChainsSchemaTests(BuiltInPlugins builtIns) : IClassFixture<BuiltInPlugins>
{
    private const string RegenerateVariable = "DOCPIPE_WRITE_SCHEMA";

    private static readonly string SchemaPath = Path.Combine(TestPaths.RepoRoot, "src", "Pipeline.Host", "chains.schema.json");
    private static readonly string ShippedChainsPath = Path.Combine(TestPaths.RepoRoot, "src", "Pipeline.Host", "chains.json");
    private static readonly Lazy<JsonSchema> Committed = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    [Fact]
    public void TheCommittedSchemaIsTheOneGeneratedFromTheBuiltInPlugins()
    {
        // Guards against regenerating from an empty or partial plugins folder.
        Assert.Contains(builtIns.Registry.All, p => p.Name == "qr-code");
        Assert.Contains(builtIns.Registry.All, p => p.Name == "textrank");
        var generated = ChainsSchema.WithPluginOptions(builtIns.Registry);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(SchemaPath, generated);
        }

        var committed = File.Exists(SchemaPath) ? File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(
            committed == generated,
            $"""
            {Relative(SchemaPath)} is not the schema generated from the built-in plugins (a plugin, an option, a default or a description changed). {FirstDifference(committed, generated)}
            Regenerate it, then commit it:
              {RegenerateVariable}=1 dotnet test tests/Pipeline.Core.Tests --filter "FullyQualifiedName~{nameof(TheCommittedSchemaIsTheOneGeneratedFromTheBuiltInPlugins)}"
            """);
    }

    [Fact]
    public void EveryChainsFileInTheRepositoryPointsAtTheSchemaAndIsValidAgainstIt()
    {
        var files = ChainsFiles().ToList();
        Assert.Contains(Path.GetFullPath(ShippedChainsPath), files);

        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var pointer = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?["$schema"]?.GetValue<string>();
            var target = pointer is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, pointer));
            if (target != Path.GetFullPath(SchemaPath))
            {
                problems.Add($"{Relative(file)}: \"$schema\" is {pointer ?? "missing"}; it should be the relative path to {Relative(SchemaPath)}");
            }

            var errors = SchemaErrors.Of(Committed.Value, text);
            if (errors.Count > 0)
            {
                problems.Add($"{Relative(file)} is not valid against the schema:\n{SchemaErrors.Describe(errors)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("whitespace", """{ "straightenQuotes": "yes" }""", "straightenQuotes")]
    [InlineData("textrank", """{ "sentences": 3, "sentenceCount": 2 }""", "sentenceCount")]
    [InlineData("textrank", """{ "sentences": 0 }""", "sentences")]
    [InlineData("textrank", """{ "similarity": "euclid" }""", "similarity")]
    [InlineData("keywords", """{ "window": 11 }""", "window")]
    public void ABadOptionOfABuiltInStepFailsAtItsPathInTheSchemaAsInTheHost(string plugin, string options, string property)
    {
        var chains = JsonNode.Parse(File.ReadAllText(ShippedChainsPath))!;
        var steps = chains["chains"]!["news"]!["steps"]!.AsArray();
        var index = steps.Select(s => s!["plugin"]!.GetValue<string>()).ToList().IndexOf(plugin);
        Assert.True(index >= 0, $"the news chain has no {plugin} step");
        steps[index]!["options"] = JsonNode.Parse(options);
        var json = chains.ToJsonString();

        var errors = SchemaErrors.Of(Committed.Value, json);
        var stepPointer = $"/chains/news/steps/{index}";
        Assert.True(errors.Any(e => e.At == $"{stepPointer}/options/{property}"), $"no error at {stepPointer}/options/{property}:\n{SchemaErrors.Describe(errors)}");
        Assert.All(errors, e => Assert.StartsWith(stepPointer, e.At, StringComparison.Ordinal));

        // The editor flags what the host itself would refuse, at the same place.
        var refused = ChainLoader.ValidateFile(json, builtIns.Registry);
        Assert.Contains(refused, e => e.Path == $"$.chains.news.steps[{index}].options.{property}");
    }

    [Fact]
    public void AStepOfAPluginDroppedInLaterTakesAnyOptions()
    {
        var chains = JsonNode.Parse(File.ReadAllText(ShippedChainsPath))!;
        chains["chains"]!["news"]!["steps"]!.AsArray().Add(JsonNode.Parse("""{ "plugin": "reading-time", "options": { "wordsPerMinute": 180, "anything": [1] } }"""));

        var errors = SchemaErrors.Of(Committed.Value, chains.ToJsonString());

        Assert.True(errors.Count == 0, SchemaErrors.Describe(errors));
    }

    /// <summary>Every <c>*chains*.json</c> in the repository's sources, not build outputs.</summary>
    private static IEnumerable<string> ChainsFiles()
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal) { "bin", "obj", "node_modules", "TestResults", "artifacts", "BenchmarkDotNet.Artifacts", "out" };
        var pending = new Stack<string>([TestPaths.RepoRoot]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder, "*chains*.json"))
            {
                if (!file.EndsWith(".schema.json", StringComparison.Ordinal))
                {
                    yield return Path.GetFullPath(file);
                }
            }

            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && !skipped.Contains(name))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.RepoRoot, path);

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var line = 0; line < Math.Max(a.Length, b.Length); line++)
        {
            var left = line < a.Length ? a[line] : "(end of file)";
            var right = line < b.Length ? b[line] : "(end of file)";
            if (left != right)
            {
                return $"First difference, line {line + 1}: committed `{left}`, generated `{right}`.";
            }
        }

        return string.Empty;
    }
}
