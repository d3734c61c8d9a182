using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

// Usage: startup-peer <endpoint-url> <region> <repository>; credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
// One POST of ListImages, signed by hand: what any program calling ECR must at least do.
var endpoint = new Uri(args[0]);
var region = args[1];
var body = Encoding.UTF8.GetBytes("{\"repositoryName\":\"" + args[2] + "\"}");
var accessKey = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")!;
var secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")!;
var now = DateTime.UtcNow;
var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
var day = amzDate[..8];
const string Target = "AmazonEC2ContainerRegistry_V20150921.ListImages";
const string ContentType = "application/x-amz-json-1.1";
var host = endpoint.IsDefaultPort ? endpoint.Host : endpoint.Authority;

var canonical = $"POST\n/\n\ncontent-type:{ContentType}\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-target:{Target}\n\n" +
    $"content-type;host;x-amz-date;x-amz-target\n{Convert.ToHexStringLower(SHA256.HashData(body))}";
var scope = $"{day}/{region}/ecr/aws4_request";
var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
foreach (var part in new[] { day, region, "ecr", "aws4_request" })
{
    key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
}

var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
request.Headers.TryAddWithoutValidation("Authorization",
    $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={signature}");
using var response = await client.SendAsync(request).ConfigureAwait(false);
Console.Out.Write(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
Console.Out.Write('\n');
return response.IsSuccessStatusCode ? 0 : 254;
