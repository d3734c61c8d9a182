namespace Ecr.Raw.Cli.Parsing;

/// <summary>The input structures the ECR commands take, with the API's member names.</summary>
internal static class EcrShapes
{
    /// <summary>ImageIdentifier: <c>imageDigest=string,imageTag=string</c>.</summary>
    public static Shape ImageIdentifier { get; } = Shape.Structure(
        new ShapeMember("imageDigest", Shape.String),
        new ShapeMember("imageTag", Shape.String));

    /// <summary>A list of ImageIdentifier.</summary>
    public static Shape ImageIdentifierList { get; } = Shape.ListOf(ImageIdentifier);

    /// <summary>ListImagesFilter: <c>tagStatus=TAGGED|UNTAGGED|ANY</c>.</summary>
    public static Shape ListImagesFilter { get; } = Shape.Structure(new ShapeMember("tagStatus", Shape.String));

    /// <summary>DescribeImagesFilter: <c>tagStatus=…,imageStatus=…</c>.</summary>
    public static Shape DescribeImagesFilter { get; } = Shape.Structure(
        new ShapeMember("tagStatus", Shape.String),
        new ShapeMember("imageStatus", Shape.String));

    /// <summary>A resource tag: <c>Key=string,Value=string</c> (capitalised, as the API spells it).</summary>
    public static Shape TagList { get; } = Shape.ListOf(Shape.Structure(
        new ShapeMember("Key", Shape.String, Required: true),
        new ShapeMember("Value", Shape.String, Required: true)));

    /// <summary>ImageTagMutabilityExclusionFilter list: <c>filterType=WILDCARD,filter=string</c>.</summary>
    public static Shape ExclusionFilterList { get; } = Shape.ListOf(Shape.Structure(
        new ShapeMember("filterType", Shape.String, Required: true),
        new ShapeMember("filter", Shape.String, Required: true)));

    /// <summary>ImageScanningConfiguration: <c>scanOnPush=boolean</c>.</summary>
    public static Shape ImageScanningConfiguration { get; } = Shape.Structure(new ShapeMember("scanOnPush", Shape.Boolean));

    /// <summary>EncryptionConfiguration: <c>encryptionType=AES256|KMS|KMS_DSSE,kmsKey=string</c>.</summary>
    public static Shape EncryptionConfiguration { get; } = Shape.Structure(
        new ShapeMember("encryptionType", Shape.String, Required: true),
        new ShapeMember("kmsKey", Shape.String));

    /// <summary>A list of strings.</summary>
    public static Shape StringList { get; } = Shape.ListOf(Shape.String);
}
