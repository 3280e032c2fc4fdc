using System.Globalization;
using Pipeline.Load;

// echo [--urls URL]                              the echo service, on the host's Kestrel settings
// frame DOCUMENT CHAIN OUT [TYPES]               a pre-framed Process request for h2load; TYPES (person,quote) trims its reply
// unary URL CHAIN DOCUMENT CALLERS SECONDS       Process, closed loop
// rate URL CHAIN DOCUMENT PER_SECOND SECONDS     Process, open loop at a fixed rate
// stream URL CHAIN DOCUMENT STREAMS WINDOW SECONDS   ProcessStream
static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

switch (args)
{
    case ["echo", .. var rest]:
        var builder = WebApplication.CreateBuilder(rest);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrpc(options => options.MaxReceiveMessageSize = 64 * 1024 * 1024);
        var app = builder.Build();
        app.MapGrpcService<EchoService>();
        await app.RunAsync();
        return 0;
    case ["frame", var document, var chain, var output, .. var types]:
        Frames.Write(document, chain, output, types is [var list] ? list.Split(',') : []);
        return 0;
    case ["unary", var url, var chain, var document, var callers, var seconds]:
        Console.WriteLine(await new Drivers(url, chain, document).UnaryClosedAsync(Number(callers), TimeSpan.FromSeconds(Number(seconds))));
        return 0;
    case ["rate", var url, var chain, var document, var perSecond, var seconds]:
        Console.WriteLine(await new Drivers(url, chain, document).UnaryRateAsync(Number(perSecond), TimeSpan.FromSeconds(Number(seconds))));
        return 0;
    case ["stream", var url, var chain, var document, var streams, var window, var seconds]:
        Console.WriteLine(await new Drivers(url, chain, document).StreamAsync(Number(streams), Number(window), TimeSpan.FromSeconds(Number(seconds))));
        return 0;
    default:
        Console.Error.WriteLine("usage: echo | frame DOCUMENT CHAIN OUT [TYPES] | unary URL CHAIN DOCUMENT CALLERS SECONDS | rate URL CHAIN DOCUMENT PER_SECOND SECONDS | stream URL CHAIN DOCUMENT STREAMS WINDOW SECONDS");
        return 2;
}
