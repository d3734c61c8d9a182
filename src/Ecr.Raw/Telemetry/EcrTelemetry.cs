using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ecr.Raw.Telemetry;

/// <summary>
/// The meter and activity source named <c>Ecr.Raw</c>. Spans follow OpenTelemetry's AWS SDK conventions
/// (<c>rpc.system=aws-api</c>, <c>rpc.service=ECR</c>, <c>rpc.method</c>, <c>aws.request_id</c>).
/// </summary>
internal static class EcrTelemetry
{
    public const string Name = "Ecr.Raw";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("ecr_raw.requests", description: "ECR operations started.");

    public static readonly Counter<long> Attempts = Meter.CreateCounter<long>("ecr_raw.attempts", description: "HTTP attempts sent, retries included.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>("ecr_raw.retries", description: "Retries scheduled.");

    public static readonly Counter<long> Throttles = Meter.CreateCounter<long>("ecr_raw.throttles", description: "Responses that asked the client to slow down.");

    public static readonly Counter<long> QuotaRefusals = Meter.CreateCounter<long>("ecr_raw.retry_quota_refusals", description: "Retries refused because the endpoint's retry quota was empty.");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("ecr_raw.duration", unit: "s", description: "Duration of ECR operations, all attempts included.");
}
