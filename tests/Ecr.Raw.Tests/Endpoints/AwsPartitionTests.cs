using Ecr.Raw.Endpoints;

namespace Ecr.Raw.Tests.Endpoints;

public sealed class AwsPartitionTests
{
    // partitions.json's regionRegex, ^(prefix)\-\w+\-\d+$, matched by hand: the same answers as the regex.
    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("ap-southeast-7", "aws")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("us-isof-south-1", "aws-iso-f")]
    [InlineData("eu-isoe-west-1", "aws-iso-e")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    [InlineData("cn-northwest-1", "aws-cn")]
    [InlineData("us_x-1", "aws")]            // no match anywhere: the default partition
    [InlineData("us-east-1a", "aws")]        // the last part must be digits: default again
    [InlineData("cn-north-", "aws")]
    [InlineData("cn--1", "aws")]
    [InlineData("xx-east-1", "aws")]
    public void Of_MatchesThePartitionPatterns(string region, string partition)
    {
        AwsPartition.Of(region).Name.ShouldBe(partition);
    }

    [Theory]
    [InlineData("cn-north-1", true)]
    [InlineData("cn-north_x-1", true)]
    [InlineData("cn-north-x", false)]
    [InlineData("cn-north-1-2", false)]
    [InlineData("cn-north", false)]
    public void ChinaPattern_WordDashDigits(string region, bool china)
    {
        (AwsPartition.Of(region).Name == "aws-cn").ShouldBe(china);
    }
}
