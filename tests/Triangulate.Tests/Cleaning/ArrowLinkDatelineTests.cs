using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cleaning;

/// <summary>Round 15 kinds (ResidueLines.Links.cs and the widened IsPlaceAndStamp): datelines alone with a region or an agency, links
/// closed by an arrow, related labels behind an arrow, coverage lists, live pages' labels and time notes, gallery counts, sign-in
/// links, picture desks' search notes, repost notes, blog-engine furniture and player errors. Every line is our own (invented places,
/// names and numbers).</summary>
public sealed class ArrowLinkDatelineTests
{
    [Theory]
    // datelines alone, with a region in brackets, after a second comma, or closed by an agency
    [InlineData("Qarvell (Orlen Province), March 3, 2031")]
    [InlineData("Qarvell, Orlen, March 3, 2031")]
    [InlineData("Qarvell, March 3, 2031 (WNA)")]
    // links closed by an arrow, related labels behind one, coverage lists
    [InlineData("The latest on the hill road closure »")]
    [InlineData("More pictures from the slope >>")]
    [InlineData("Explore>> Related: Pictures of the slope above Qarvell")]
    [InlineData("» See also: How the county maps its slopes")]
    [InlineData("Full coverage: How the slope failed ; the farms ; the road ; the quarry")]
    // live pages' labels
    [InlineData("Here's what we know:")]
    [InlineData("Live coverage begins here")]
    [InlineData("Latest updates below:")]
    [InlineData("All times are local (GMT+2).")]
    [InlineData("All times in Eastern")]
    [InlineData("Times in GMT")]
    // a gallery's count, a sign-in box, a desk's note alone, a repost note
    [InlineData("14 PHOTOS")]
    [InlineData("Forgot your password?")]
    [InlineData("TPX IMAGES OF THE DAY")]
    [InlineData("The following article by Ena Vors was posted on the Valley Ledger website March 4, 2031:")]
    // blog-engine furniture and a player's error
    [InlineData("Posted by Ena Vors at 7:42 PM 2 comments")]
    [InlineData("Blog at Engine.example.")]
    [InlineData("You can follow any responses to this entry through the RSS 2.0 feed.")]
    [InlineData("Both comments and pings are currently closed.")]
    [InlineData("Rate this: 1 2 3 4 5")]
    [InlineData("Stumble It!")]
    [InlineData("This video file cannot be played.")]
    public void Clean_LinkOrLabelOrDateline_Removed(string line)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(FerryStory.Body, doc.Text, StringComparison.Ordinal);
        Assert.Contains(FerryStory.After, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // an entry's text, a report, a figure, an amount that is not a clock
    [InlineData("11:14 Diggers reached the upper farms, the county office said.")]
    // a clock time and a title without a separator: tried as a live entry heading and left out (sealed boilerplate fell)
    [InlineData("11:14 Diggers reach the upper farms")]
    [InlineData("11:14 County says the road will stay shut")]
    [InlineData("11:14 Seven farm workers still missing")]
    [InlineData("12.50 Euros a night for a room in the school hall")]
    // a quotation closed by a French guillemet, a sentence with an arrow, a figure before an arrow
    [InlineData("« Nous avons tout perdu dans la nuit », a dit une voisine »")]
    [InlineData("The road will stay shut until the slope is dry. »")]
    [InlineData("Slope toll rises to 14 »")]
    // a place with a date that is a sentence, a place line without a full date
    [InlineData("Qarvell, Orlen, on March 3, 2031, lost its only road.")]
    [InlineData("Qarvell (Orlen Province), Tuesday")]
    // times and pictures as news, a report that follows
    [InlineData("All times are hard for the upper farms now")]
    [InlineData("14 photos of the slope were sent to the county geologist, who said the ground was still moving.")]
    [InlineData("The following report was published by the county office on Monday: the slope is still moving.")]
    // a post, a rating and a player as news
    [InlineData("Posted by the county office at 7:42 PM, the notice listed 2 closed roads.")]
    [InlineData("The video of the slope cannot be played in court, the judge ruled.")]
    public void Clean_NewsThatSharesTheShape_Kept(string line)
    {
        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DatelineAlone_KeepsItsDateWithTheRemoval()
    {
        const string line = "Qarvell (Orlen Province), March 3, 2031";

        var doc = FerryStory.Clean(FerryStory.Between(line));

        var block = Assert.Single(doc.Removed, r => r.Text.Trim() == line);
        Assert.Equal("timestamp", block.Kind);
        Assert.Equal("2031-03-03", block.Date);
    }

    [Fact]
    public void Clean_PictureDeskNote_GoesWhileTheCaptionStays()
    {
        const string caption = "Farmers walked past 14 buried cars above Qarvell on March 3, 2031.";
        const string line = caption + " WNA/Ena Vors SEARCH \"QARVELL SLOPE\" FOR THIS STORY. SEARCH \"WIDER IMAGE\" FOR ALL STORIES.";

        var doc = FerryStory.Clean(FerryStory.Between(line));

        Assert.Contains(caption, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FOR THIS STORY", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FOR ALL STORIES", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "credit" && r.Text.Contains("SEARCH", StringComparison.Ordinal));
    }
}
