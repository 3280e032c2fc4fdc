using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Engine;

public sealed class ChainRunTests
{
    private static readonly DelegatePlugin Upper = new("upper", c => c.Replace(0, c.Text.Length, c.Text.ToUpperInvariant(), "upper: all"));

    [Fact]
    public async Task StepsRunInOrderAndEachSeesTheEditsBeforeIt()
    {
        var seen = new List<string>();
        var record = new DelegatePlugin("record", c => seen.Add(c.Text), PluginKind.Extractor);
        var result = await TestChains.Of(new DelegatePlugin("drop-x", c => c.Delete(c.Text.IndexOf('x', StringComparison.Ordinal), 1, "drop x")), record).Run("axb");

        Assert.Equal("ab", result.Text);
        Assert.Equal(["ab"], seen);
        Assert.All(result.Steps, s => Assert.Equal(StepOutcome.Ok, s.Outcome));
    }

    [Fact]
    public async Task AnnotationsMoveWithLaterEditsAndKeepTheirOriginalOffsets()
    {
        const string text = "Hello  Ada Lovelace, hi.";
        var find = new DelegatePlugin("find", c =>
        {
            var at = c.Text.IndexOf("Ada Lovelace", StringComparison.Ordinal);
            c.Annotate(new Annotation { Type = "person", Start = at, End = at + 12 });
        }, PluginKind.Extractor);
        var squeeze = new DelegatePlugin("squeeze", c => c.Replace(5, 2, " ", "spaces"));
        var prefix = new DelegatePlugin("prefix", c => c.Insert(0, ">> ", "prefix"));

        var result = await TestChains.Of(find, squeeze, prefix).Run(text);

        var person = Assert.Single(result.Annotations);
        Assert.Equal(">> Hello Ada Lovelace, hi.", result.Text);
        Assert.Equal("Ada Lovelace", result.Text[person.Start..person.End]);
        Assert.Equal("Ada Lovelace", text.Slice(result.Map.ToOriginal(person.Start, person.End)));
        Assert.Equal("find", person.Plugin);
    }

    [Fact]
    public async Task EveryAnnotationNamesThePluginOfTheStepThatAddedItWhateverTheStepSaid()
    {
        var find = new DelegatePlugin("find", c => c.Annotate(new Annotation { Type = "person", Start = 0, End = 3, Plugin = "someone-else" }), PluginKind.Extractor);
        var echo = new DelegatePlugin("echo", c =>
        {
            // Hands an earlier step's annotation back as its own, and adds one of its own.
            c.Annotate(c.Annotations[0]);
            c.Annotate(new Annotation { Type = "place", Start = 4, End = 7 });
        }, PluginKind.Extractor);

        var result = await TestChains.Of(find, echo).Run("Ada met Bob.");

        Assert.Equal(["person:find", "person:echo", "place:echo"], result.Annotations.Select(a => $"{a.Type}:{a.Plugin}"));
    }

    [Fact]
    public async Task AStepSeesTheMetadataAsItWasWhenItStartedEvenAfterLaterStepsSetMore()
    {
        IReadOnlyDictionary<string, string>? seen = null;
        var look = new DelegatePlugin("look", c => seen = c.Metadata, PluginKind.Extractor);
        var tag = new DelegatePlugin("tag", c => c.SetMetadata("tagged", "yes"), PluginKind.Extractor);

        var result = await TestChains.Of(look, tag).Run("Text.");

        Assert.Equal("yes", result.Metadata["tagged"]);
        Assert.NotNull(seen);
        Assert.False(seen.ContainsKey("tagged"));
    }

    [Fact]
    public async Task AnnotationsAreOrderedByStartThenEndWithEarlierStepsFirstOnEqualSpans()
    {
        var first = new DelegatePlugin("first", c =>
        {
            c.Annotate(new Annotation { Type = "b", Start = 4, End = 9 });
            c.Annotate(new Annotation { Type = "a", Start = 0, End = 3 });
        }, PluginKind.Extractor);
        var second = new DelegatePlugin("second", c =>
        {
            c.Annotate(new Annotation { Type = "d", Start = 4, End = 9 });
            c.Annotate(new Annotation { Type = "c", Start = 0, End = 2 });
            c.Annotate(new Annotation { Type = "e", Start = 4, End = 6 });
        }, PluginKind.Extractor);

        var result = await TestChains.Of(first, second).Run("abc defgh ij");

        Assert.Equal(["c", "a", "e", "b", "d"], result.Annotations.Select(a => a.Type));
    }

    [Fact]
    public async Task AnEditThatMergesStartsReordersTheAnnotationsByTheirEnds()
    {
        var find = new DelegatePlugin("find", c =>
        {
            c.Annotate(new Annotation { Type = "long", Start = 1, End = 10 });
            c.Annotate(new Annotation { Type = "short", Start = 3, End = 5 });
        }, PluginKind.Extractor);
        var cut = new DelegatePlugin("cut", c => c.Delete(0, 3, "cut"));

        var result = await TestChains.Of(find, cut).Run("0123456789ab");

        Assert.Equal(["short", "long"], result.Annotations.Select(a => a.Type));
        Assert.All(result.Annotations, a => Assert.Equal(0, a.Start));
    }

    [Fact]
    public async Task AnAnnotationWhoseTextWasDeletedIsDropped()
    {
        var find = new DelegatePlugin("find", c => c.Annotate(new Annotation { Type = "url", Start = 0, End = 3 }), PluginKind.Extractor);
        var cut = new DelegatePlugin("cut", c => c.Delete(0, 4, "cut"));
        var result = await TestChains.Of(find, cut).Run("abc def");
        Assert.Empty(result.Annotations);
        Assert.Equal("def", result.Text);
    }

    [Fact]
    public async Task ATracedRunListsEveryEditWithItsReasonAndOriginalRange()
    {
        const string text = "a\u00A0b\u00A0c";
        var nbsp = new DelegatePlugin("nbsp", c =>
        {
            for (var i = 0; i < c.Text.Length; i++)
            {
                if (c.Text[i] == '\u00A0')
                {
                    c.Replace(i, 1, " ", "nbsp: non-breaking space");
                }
            }
        });

        var result = await TestChains.Of(Upper, nbsp).Run(text);

        var changes = result.Steps[1].Changes;
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal("nbsp: non-breaking space", c.Reason));
        Assert.All(changes, c => Assert.Equal("\u00A0", c.Removed));
        Assert.Equal(2, result.Steps[1].EditCount);
        Assert.Equal("A B C", result.Text);
    }

    [Fact]
    public async Task AnUntracedRunCountsEditsButListsNone()
    {
        var result = await TestChains.Of(Upper).Run("abc", trace: false);
        Assert.Equal(1, result.Steps[0].EditCount);
        Assert.Empty(result.Steps[0].Changes);
    }

    [Fact]
    public async Task AFailingStepWithOnErrorFailEndsTheRunNamingStepAndPlugin()
    {
        var boom = new DelegatePlugin("boom", _ => throw new InvalidOperationException("kaput"));
        var result = await TestChains.Of(boom, Upper).Run("abc");

        Assert.NotNull(result.Failure);
        Assert.Equal(FailureKind.StepFailed, result.Failure.Kind);
        Assert.Contains("step 'boom' (plugin boom)", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("kaput", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(StepOutcome.Failed, result.Steps[0].Outcome);
        Assert.Equal(StepOutcome.Skipped, result.Steps[1].Outcome);
        Assert.Equal("abc", result.Text);
    }

    [Fact]
    public async Task AFailingStepWithOnErrorSkipLeavesTheDocumentAsItWasAndGoesOn()
    {
        var half = new DelegatePlugin("half", c =>
        {
            c.Delete(0, 1, "first");
            c.SetMetadata("half", "yes");
            throw new InvalidOperationException("after recording");
        });
        var registry = TestChains.Registry(half, Upper);
        var chain = ChainLoader.BuildInline("""{"steps":[{"plugin":"half","onError":"skip"},{"plugin":"upper"}]}""", registry);

        var result = await chain.Run("abc");

        Assert.Null(result.Failure);
        Assert.Equal("ABC", result.Text);
        Assert.False(result.Metadata.ContainsKey("half"));
        Assert.Equal(StepOutcome.Failed, result.Steps[0].Outcome);
        Assert.Contains("skipped", result.Steps[0].Message, StringComparison.Ordinal);
        Assert.Equal(StepOutcome.Ok, result.Steps[1].Outcome);
    }

    [Fact]
    public async Task AStepPastItsTimeoutIsCancelledAndReportedTimedOut()
    {
        var slow = new DelegatePlugin("slow", async (c, token) => await Task.Delay(TimeSpan.FromSeconds(30), token));
        var chain = ChainLoader.BuildInline("""{"steps":[{"plugin":"slow","timeoutMs":100,"onError":"skip"},{"plugin":"upper"}]}""", TestChains.Registry(slow, Upper));

        var result = await chain.Run("abc");

        Assert.Equal(StepOutcome.TimedOut, result.Steps[0].Outcome);
        Assert.Contains("timed out after 100 ms", result.Steps[0].Message, StringComparison.Ordinal);
        Assert.Equal("ABC", result.Text);
    }

    [Fact]
    public async Task AStepThatIgnoresCancellationIsAbandonedAtItsTimeout()
    {
        using var release = new ManualResetEventSlim();
        var stuck = new DelegatePlugin("stuck", c =>
        {
            release.Wait(TimeSpan.FromSeconds(30));
            c.SetMetadata("late", "yes");
        });
        var chain = ChainLoader.BuildInline("""{"steps":[{"plugin":"stuck","timeoutMs":100}]}""", TestChains.Registry(stuck));
        var abandonedBefore = StepSupervisor.Unlimited.AbandonedTotal;

        var result = await chain.Run("abc");
        release.Set();

        Assert.Equal(StepOutcome.TimedOut, result.Steps[0].Outcome);
        Assert.Equal(FailureKind.StepTimedOut, result.Failure?.Kind);
        Assert.False(result.Metadata.ContainsKey("late"));
        Assert.True(StepSupervisor.Unlimited.AbandonedTotal > abandonedBefore);
    }

    [Fact]
    public async Task TheCallersCancellationStopsTheRun()
    {
        var slow = new DelegatePlugin("slow", async (c, token) => await Task.Delay(TimeSpan.FromSeconds(30), token));
        var chain = TestChains.Of(slow, Upper);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chain.RunAsync(new DocumentInput { Text = "abc" }, false, cancel.Token));
    }

    [Fact]
    public async Task OverlappingEditsFailTheStepAndChangeNothing()
    {
        var overlap = new DelegatePlugin("overlap", c =>
        {
            c.Replace(0, 3, "x", "one");
            c.Replace(2, 2, "y", "two");
        });
        var result = await TestChains.Of(overlap).Run("abcdef");

        Assert.Equal(StepOutcome.Failed, result.Steps[0].Outcome);
        Assert.Contains("overlap", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal("abcdef", result.Text);
    }

    [Fact]
    public async Task AnEditOutsideTheTextFailsTheStep()
    {
        var outside = new DelegatePlugin("outside", c => c.Delete(2, 10, "too far"));
        var result = await TestChains.Of(outside).Run("abc");
        Assert.Equal(StepOutcome.Failed, result.Steps[0].Outcome);
        Assert.Contains("outside the text", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnnotationOutsideTheTextFailsTheStep()
    {
        var outside = new DelegatePlugin("outside", c => c.Annotate(new Annotation { Type = "x", Start = 1, End = 99 }), PluginKind.Extractor);
        var result = await TestChains.Of(outside).Run("abc");
        Assert.Contains("lies outside the text", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedDocumentIsReportedAsRejected()
    {
        var reject = new DelegatePlugin("reject", _ => throw new DocumentRejectedException("nested 500 deep"), PluginKind.Converter);
        var result = await TestChains.Of(reject).Run("abc");
        Assert.Equal(FailureKind.DocumentRejected, result.Failure!.Kind);
        Assert.Contains("nested 500 deep", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsertionsAtOnePositionKeepTheOrderTheStepMadeThem()
    {
        var two = new DelegatePlugin("two", c =>
        {
            c.Insert(1, "1", "first");
            c.Insert(1, "2", "second");
        });
        var result = await TestChains.Of(two).Run("ab");
        Assert.Equal("a12b", result.Text);
    }

    [Fact]
    public async Task MetadataFromStepsJoinsTheCallersMetadata()
    {
        var meta = new DelegatePlugin("meta", c => c.SetMetadata("title", "T"), PluginKind.Extractor);
        var result = await TestChains.Of(meta).RunAsync(
            new DocumentInput { Text = "x", Metadata = new Dictionary<string, string> { ["source"] = "feed" } },
            false,
            CancellationToken.None);
        Assert.Equal("feed", result.Metadata["source"]);
        Assert.Equal("T", result.Metadata["title"]);
    }

    [Fact]
    public async Task SummarySentencesMoveWithLaterEdits()
    {
        var summarize = new DelegatePlugin("sum", c => c.SetSummary(new Summary { Text = "B.", Sentences = [new ScoredSpan(3, 5, 1)] }), PluginKind.Summarizer);
        var prefix = new DelegatePlugin("prefix", c => c.Insert(0, "__", "prefix"));
        var result = await TestChains.Of(summarize, prefix).Run("A. B.");
        var sentence = Assert.Single(result.Summary!.Sentences);
        Assert.Equal("B.", result.Text[sentence.Start..sentence.End]);
        Assert.Equal("sum", result.Summary.Plugin);
    }

    [Fact]
    public async Task OneChainServesManyDocumentsAtOnce()
    {
        var chain = TestChains.Of(Upper);
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => chain.Run("doc " + i)));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => "DOC " + i), results.Select(r => r.Text));
    }
}
