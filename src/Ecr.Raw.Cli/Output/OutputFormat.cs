namespace Ecr.Raw.Cli.Output;

/// <summary>The <c>--output</c> formats.</summary>
internal enum OutputFormat
{
    /// <summary>The AWS CLI's JSON document.</summary>
    Json,

    /// <summary>The AWS CLI's tab-separated text.</summary>
    Text,

    /// <summary>The AWS CLI's boxed table.</summary>
    Table,
}
