using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Xml.Linq;
using Ecr.Raw.Credentials;
using Ecr.Raw.Signing;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Integration;

/// <summary>
/// A real moto_server (ECR, STS, IAM) on a free 127.0.0.1 port with SigV4 checking on: the first three actions run
/// unauthenticated to create an IAM user with an allow-all policy and an access key; every later request must be signed
/// with that key. Stopped by its PID when the tests are done.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    public const string Region = "us-east-1";
    private const int NoAuthActions = 3;
    private Process? _process;
    private readonly StringBuilder _log = new();

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The IAM user's key pair, allowed everything.</summary>
    public AwsCredentials Credentials { get; private set; } = null!;

    public int ProcessId => _process?.Id ?? 0;

    public static string? Executable => MotoAvailability.Executable;

    public async Task InitializeAsync()
    {
        if (Executable is null)
        {
            if (MotoAvailability.IsCi)
            {
                throw new InvalidOperationException("CI=true but moto_server is not on PATH: the integration tests cannot run, and CI must not pass without them.");
            }

            // Every MotoFact is skipped with a reason; there is nothing to start.
            return;
        }

        // The free port is only free when asked: a parallel test's server can take it before moto binds. Then moto
        // exits at once, and it is started again on another port.
        for (var attempt = 1; ; attempt++)
        {
            StartOnFreePort();
            try
            {
                await WaitUntilReadyAsync();
                break;
            }
            catch (MotoExitedException) when (attempt < 3)
            {
                _process!.Dispose();
            }
        }

        Credentials = await CreateAllowAllUserAsync();
    }

    private void StartOnFreePort()
    {
        var port = FreePort.Next();
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(Executable!, ["-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] = NoAuthActions.ToString(CultureInfo.InvariantCulture);
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment["TZ"] = "UTC";
        _process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start.");
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    public EcrClient CreateClient(AwsCredentials? credentials = null) => new(new EcrClientOptions
    {
        Region = Region,
        Endpoint = Endpoint,
        Credentials = new StaticCredentialsProvider(credentials ?? Credentials),
    });

    /// <summary>
    /// Lets the next <paramref name="actions"/> requests through without a signature. Real STS takes
    /// AssumeRoleWithWebIdentity unsigned, as the SDKs send it; moto in auth mode answers any unsigned request with a 500.
    /// </summary>
    public async Task AllowUnsignedActionsAsync(int actions)
    {
        using var http = new HttpClient();
        using var content = new StringContent(actions.ToString(CultureInfo.InvariantCulture), Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(new Uri(Endpoint, "/moto-api/reset-auth"), content);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sends a Query-protocol request (IAM, STS) signed with the given credentials; returns the XML answer.</summary>
    public async Task<XDocument> QueryAsync(string service, IReadOnlyDictionary<string, string> parameters, AwsCredentials credentials)
    {
        var form = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(form, Encoding.UTF8) };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        await request.SignAsync(new SigV4Signer(), credentials, Region, service, DateTimeOffset.UtcNow);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"moto {service} {parameters["Action"]} answered {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        }

        return XDocument.Parse(text);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new MotoExitedException($"moto_server exited with code {_process.ExitCode}: {_log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Endpoint, "/moto-api/"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            // Polling a child process until it listens; this waits on the process, not on test timing.
            await Task.Delay(100);
        }

        throw new InvalidOperationException($"moto_server did not answer on {Endpoint} within 30 s: {_log}");
    }

    private async Task<AwsCredentials> CreateAllowAllUserAsync()
    {
        var bootstrap = new AwsCredentials("testing", "testing");
        const string version = "2010-05-08";
        await QueryAsync("iam", new Dictionary<string, string> { ["Action"] = "CreateUser", ["Version"] = version, ["UserName"] = "ecr-client" }, bootstrap);
        await QueryAsync("iam", new Dictionary<string, string>
        {
            ["Action"] = "PutUserPolicy",
            ["Version"] = version,
            ["UserName"] = "ecr-client",
            ["PolicyName"] = "allow-all",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        }, bootstrap);
        var key = await QueryAsync("iam", new Dictionary<string, string> { ["Action"] = "CreateAccessKey", ["Version"] = version, ["UserName"] = "ecr-client" }, bootstrap);
        string Element(string name) => key.Descendants().First(e => e.Name.LocalName == name).Value;
        return new AwsCredentials(Element("AccessKeyId"), Element("SecretAccessKey"));
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.Length < 20_000)
            {
                _log.AppendLine(line);
            }
        }
    }
}
