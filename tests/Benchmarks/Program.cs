using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Pipeline.Benchmarks;

// `profile CHAIN N` runs the chain N times on the sample and nothing else, for a profiler to attach;
// `profile CHAIN N steps` then also gives each step's CPU time and allocations, chain prefix by prefix:
//   DOTNET_PerfMapEnabled=1 perf record -e cpu-clock -g -- tests/Benchmarks/bin/Release/net10.0/Pipeline.Benchmarks profile news 5000
if (args is ["profile", var chainName, var count, .. var rest])
{
    return await HotLoop.RunAsync(chainName, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), rest is ["steps"]);
}

// `steps CHAIN N [STEP [ARTICLE]]`: each step alone on one thread, in thread CPU time; steadier on a shared machine.
// With an article (1KB ... 8MB), a target for a profiler on one size: `perf record ... steps news 40 quotes 8MB`.
if (args is ["steps", var stepsChain, var stepsCount, .. var stepName])
{
    var calls = int.Parse(stepsCount, System.Globalization.CultureInfo.InvariantCulture);
    return stepName switch
    {
        [var name, var size] => await StepLoop.RunAsync(stepsChain, name, calls, size),
        [var name] => await StepLoop.RunAsync(stepsChain, name, calls),
        _ => await StepLoop.RunAsync(stepsChain, null, calls),
    };
}

// `allocations CHAIN N STEP [ARTICLE]`: `steps` for one step, then the types allocated most, sampled by the runtime
// (the chain before the step runs once and counts too, against the step's 2 × N calls).
if (args is ["allocations", var sampledChain, var sampledCount, var sampledStep, .. var sampledArticle])
{
    using var sampler = new AllocationSampler();
    var calls = int.Parse(sampledCount, System.Globalization.CultureInfo.InvariantCulture);
    var code = sampledArticle is [var size]
        ? await StepLoop.RunAsync(sampledChain, sampledStep, calls, size)
        : await StepLoop.RunAsync(sampledChain, sampledStep, calls);
    foreach (var (type, ticks) in sampler.Top(15))
    {
        Console.WriteLine($"{ticks,8} ticks  {type}");
    }

    return code;
}

// `memory ARTICLE [STEPS]` (1KB ... 8MB, sample): the news chain's peak resident memory above idle on one article;
// with a step count, only the chain's first STEPS steps (to see which step raises the peak).
if (args is ["memory", var article, .. var memorySteps])
{
    return await PeakMemory.RunAsync(article, memorySteps is [var through] ? int.Parse(through, System.Globalization.CultureInfo.InvariantCulture) : null);
}

// `live ARTICLE`: what the news chain keeps alive on one article, prefix by prefix, and after the result is let go.
if (args is ["live", var liveArticle])
{
    return await LiveMemory.RunAsync(liveArticle);
}

// `scaling [STEP]`: each step's thread CPU time per megabyte on the generated articles, 1 KB to 8 MB (median of three
// rounds), the ratio of 8 MB to 10 KB, what a call allocates per megabyte, and the collector's share at 8 MB.
if (args is ["scaling", .. var scalingStep])
{
    return await ScalingLoop.RunAsync(scalingStep is [var one] ? one : null);
}

// `parallel CHAIN LOOPS SECONDS`: documents per second in-process with LOOPS documents in flight at once.
if (args is ["parallel", var parallelChain, var loops, var seconds])
{
    return await HotLoop.ParallelAsync(parallelChain, int.Parse(loops, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
}

// `reply CHAIN N`: what the host adds to the chain per document: the request read, the reply made and serialized.
if (args is ["reply", var replyChain, var replyCount])
{
    return await ReplyCost.RunAsync(replyChain, int.Parse(replyCount, System.Globalization.CultureInfo.InvariantCulture));
}

// `overhead N`: ten steps that find nothing to do, N times: what the engine costs per step.
if (args is ["overhead", var n])
{
    await HotLoop.OverheadAsync(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// In-process: the benchmarks load the plugins dropped beside this program, which a generated
// benchmark project (BenchmarkDotNet's default) would build into a different layout.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(NewsChainBenchmarks).Assembly).Run(args, config);
return 0;
