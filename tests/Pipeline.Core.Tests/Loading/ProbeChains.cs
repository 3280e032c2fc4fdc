using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Loading;

/// <summary>Chains files and plugin drops the runtime tests share.</summary>
internal static class ProbeChains
{
    /// <summary>"probe" stamps the version at once; "slow" waits 1.5 s first (with a timeout far above that).</summary>
    public const string Probe = """
        {
          "defaultChain": "probe",
          "chains": {
            "probe": { "steps": [ { "id": "p", "plugin": "reload-probe" } ] },
            "slow": { "steps": [ { "id": "p", "plugin": "reload-probe", "options": { "delayMs": 1500 }, "timeoutMs": 60000 } ] }
          }
        }
        """;

    /// <summary><see cref="Probe"/> plus a chain "second".</summary>
    public const string ProbeAndSecond = """
        {
          "defaultChain": "probe",
          "chains": {
            "probe": { "steps": [ { "id": "p", "plugin": "reload-probe" } ] },
            "second": { "steps": [ { "id": "again", "plugin": "reload-probe", "options": { "delayMs": 1 } } ] }
          }
        }
        """;

    public static bool ServesV2(PipelineSnapshot snapshot) => snapshot.Plugins.Find("reload-probe")?.Version == "2.0.0";

    public static string VersionOf(ChainResult result)
    {
        Assert.Null(result.Failure);
        return result.Metadata["reload-probe"];
    }

    /// <summary>The probe's folder in the sandbox after <see cref="RuntimeSandbox.AddPlugin"/> of V1.</summary>
    public static string ProbeFolder(RuntimeSandbox sandbox) => Path.Combine(sandbox.PluginsDirectory, "ReloadProbe");

    /// <summary>Overwrites every file of the probe's folder with V2's, in place (File.Copy with overwrite).</summary>
    public static void CopyV2Over(RuntimeSandbox sandbox) => RuntimeSandbox.CopyFolder(TestPaths.ReloadV2, ProbeFolder(sandbox));

    /// <summary>
    /// Copies V2's DLL to a temporary name (inside the plugin folder, or beside it in the plugins directory)
    /// and renames it over V1's DLL, the way a deployment that wants an atomic swap does.
    /// </summary>
    public static void RenameV2Over(RuntimeSandbox sandbox, bool tempInsideFolder = true)
    {
        var target = Path.Combine(ProbeFolder(sandbox), "ReloadProbe.dll");
        var temp = tempInsideFolder
            ? Path.Combine(ProbeFolder(sandbox), "ReloadProbe.dll.incoming")
            : Path.Combine(sandbox.PluginsDirectory, "ReloadProbe.dll.incoming");
        File.Copy(Path.Combine(TestPaths.ReloadV2, "ReloadProbe.dll"), temp, overwrite: true);
        File.Move(temp, target, overwrite: true);
    }
}
