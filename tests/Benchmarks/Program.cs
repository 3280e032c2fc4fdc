using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the benchmarks load the plugins dropped beside this program, which a generated
// benchmark project (BenchmarkDotNet's default) would build into a different layout.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Pipeline.Benchmarks.NewsChainBenchmarks).Assembly).Run(args, config);
