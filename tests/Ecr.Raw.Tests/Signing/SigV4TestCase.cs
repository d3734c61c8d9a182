using System.Globalization;
using System.Text;
using System.Text.Json;
using Ecr.Raw.Credentials;
using Ecr.Raw.Signing;

namespace Ecr.Raw.Tests.Signing;

/// <summary>One case of the official SigV4 suite (vendored from awslabs/aws-c-auth under <c>vectors/</c>).</summary>
internal sealed class SigV4TestCase
{
    private SigV4TestCase(string name, string directory)
    {
        Name = name;
        Directory = directory;
        using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "context.json")));
        var root = context.RootElement;
        var credentials = root.GetProperty("credentials");
        Credentials = new AwsCredentials(
            credentials.GetProperty("access_key_id").GetString()!,
            credentials.GetProperty("secret_access_key").GetString()!,
            credentials.TryGetProperty("token", out var token) ? token.GetString() : null);
        Region = root.GetProperty("region").GetString()!;
        Service = root.GetProperty("service").GetString()!;
        Time = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture);
        Normalize = root.GetProperty("normalize").GetBoolean();
        SignBody = root.GetProperty("sign_body").GetBoolean();
        OmitSessionToken = root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
        ExpiresIn = TimeSpan.FromSeconds(root.GetProperty("expiration_in_seconds").GetInt32());
        ParseRequest(File.ReadAllText(Path.Combine(directory, "request.txt")));
    }

    public static string VectorsRoot => Path.Combine(AppContext.BaseDirectory, "Signing", "vectors");

    public string Name { get; }

    public string Directory { get; }

    public AwsCredentials Credentials { get; }

    public string Region { get; }

    public string Service { get; }

    public DateTimeOffset Time { get; }

    public bool Normalize { get; }

    public bool SignBody { get; }

    public bool OmitSessionToken { get; }

    public TimeSpan ExpiresIn { get; }

    public string Method { get; private set; } = "";

    public string Path_ { get; private set; } = "";

    public string Query { get; private set; } = "";

    /// <summary>The request line and header lines exactly as in request.txt (folded lines included).</summary>
    public List<string> HeadLines { get; } = [];

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public string Body { get; private set; } = "";

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetDirectories(VectorsRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static SigV4TestCase Load(string name) => new(name, Path.Combine(VectorsRoot, name));

    public string Expected(string file) => File.ReadAllText(Path.Combine(Directory, file));

    public SignableRequest ToSignable() =>
        new(Method, Path_, Query, Headers, SignablePayload.FromBytes(Encoding.UTF8.GetBytes(Body)));

    public SigningOptions Options(SignatureLocation location) => new()
    {
        Location = location,
        PathNormalization = Normalize ? UriPathNormalization.RemoveDotSegments : UriPathNormalization.None,
        SessionTokenPlacement = OmitSessionToken ? SessionTokenPlacement.AddedAfterSigning : SessionTokenPlacement.Signed,
        PayloadChecksumHeader = SignBody && location == SignatureLocation.Headers ? PayloadChecksumHeader.XAmzContentSha256 : PayloadChecksumHeader.None,
        ExpiresIn = ExpiresIn,
    };

    /// <summary>The request as the signer's result says to send it, in request.txt's layout.</summary>
    public string SignedRequestText(SigningResult result)
    {
        var lines = new List<string>(HeadLines);
        if (result.Location == SignatureLocation.Headers)
        {
            lines.AddRange(result.Headers.Select(h => $"{h.Key}:{h.Value}"));
        }
        else
        {
            var target = Query.Length == 0 ? $"{Path_}?{result.PresignedQuery}" : $"{Path_}?{Query}&{result.PresignedQuery}";
            lines[0] = $"{Method} {target} HTTP/1.1";
        }

        return string.Join("\n", lines) + "\n\n" + Body;
    }

    public override string ToString() => Name;

    private void ParseRequest(string text)
    {
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text.TrimEnd('\n') : text[..split];
        Body = split < 0 ? "" : text[(split + 2)..];
        HeadLines.AddRange(head.Split('\n'));

        var requestLine = HeadLines[0];
        Method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(Method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        Path_ = question < 0 ? target : target[..question];
        Query = question < 0 ? "" : target[(question + 1)..];

        foreach (var line in HeadLines.Skip(1))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                // An obsolete folded continuation line: HTTP stacks cannot send it, so it is unfolded with one space.
                var last = Headers[^1];
                Headers[^1] = new(last.Key, last.Value + " " + line.Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Headers.Add(new(line[..colon], line[(colon + 1)..]));
        }
    }
}
