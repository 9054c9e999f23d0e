package org.switchboard.teams.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Attachment;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.teams.support.Fixtures;

/** {@link ActivityNormalizer} on the real Teams activities in the repository's {@code test-fixtures/teams}. */
class ActivityNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void everyCustomerMessageBecomesAnInboundMessageWithItsTextSenderAndReplyCoordinates() {
        List<Path> files = Fixtures.jsonFiles("customer-messages");
        assertThat(files).hasSize(80);
        for (Path file : files) {
            String body = Fixtures.read(file);
            Activity activity = ActivityJson.parse(body).orElseThrow();
            TeamsActivity meaning = ActivityNormalizer.normalize(activity, body, NOW);
            assertThat(meaning).as(file.toString()).isInstanceOf(TeamsActivity.CustomerMessage.class);
            InboundMessage m = ((TeamsActivity.CustomerMessage) meaning).message();
            assertThat(m.id().value()).isEqualTo(activity.getId() + "|" + activity.getConversation().getId());
            assertThat(m.channel()).isEqualTo(Channel.TEAMS);
            assertThat(m.text()).isEqualTo(activity.getText().strip());
            String tenant = activity.teamsGetChannelData() != null && activity.teamsGetChannelData().getTenant() != null
                    ? activity.teamsGetChannelData().getTenant().getId() : "-";
            assertThat(m.sender().externalId()).isEqualTo(tenant + ":" + activity.getFrom().getAadObjectId());
            assertThat(m.sender().displayName()).isEqualTo(activity.getFrom().getName());
            assertThat(m.conversation().key()).isEqualTo(activity.getConversation().getId());
            assertThat(m.conversation().attribute(TeamsRefs.SERVICE_URL)).isEqualTo(activity.getServiceUrl());
            assertThat(m.conversation().attribute(TeamsRefs.CONVERSATION_ID)).isEqualTo(activity.getConversation().getId());
            assertThat(m.conversation().attribute(TeamsRefs.ACTIVITY_ID)).isEqualTo(activity.getId());
            assertThat(m.conversation().attribute(TeamsRefs.BOT_ID)).isEqualTo(activity.getRecipient().getId());
            assertThat(m.rawPayload()).isEqualTo(body);
            assertThat(m.receivedAt()).isEqualTo(NOW);
        }
    }

    @Test
    void theBotsMentionIsRemovedAndTheTeamsHtmlRenditionIsNotListedAsAFile() {
        InboundMessage m = message("activities/message/teamsnet_TeamsActivityTests-L223.json");
        assertThat(m.text()).isEqualTo("reply to thread");
        assertThat(m.attachments()).isEmpty();
        assertThat(m.sender().externalId())
                .isEqualTo("50612dbb-0237-4969-b378-8d42590f9c00:b15a9416-0ad3-4172-9210-7beb711d3f70");
        assertThat(m.conversation().key()).isEqualTo("19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856");
        assertThat(m.conversation().attribute(TeamsRefs.CONVERSATION_TYPE)).isEqualTo("channel");
        assertThat(m.conversation().attribute(TeamsRefs.TENANT_ID)).isEqualTo("50612dbb-0237-4969-b378-8d42590f9c00");

        assertThat(message("activities/message/teamsnet_MessageActivity_Mention.json", "https://example.test/").text())
                .isEqualTo("testing123");
    }

    @Test
    void otherPeoplesMentionsKeepTheirNameAndRealFilesAreListed() {
        InboundMessage m = message("activities/message/channel-and-group-conversations-L98.json", null, "1481567603816");
        assertThat(m.text()).isEqualTo("Hey Pranav Smith check out this message");
        assertThat(m.attachments()).containsExactly(new Attachment("Bender_Rodriguez.png", "image/png", -1));
    }

    @Test
    void messagesWithoutAnIdOrServiceUrlAreIgnored() {
        assertThat(normalize("activities/message/bots-conv-channel-L155.json"))
                .isEqualTo(new TeamsActivity.Ignored("no activity id"));
        assertThat(normalize("activities/message/teamsnet_MessageActivity.json"))
                .isEqualTo(new TeamsActivity.Ignored("no serviceUrl"));
    }

    @Test
    void theBotBeingAddedIsAWelcomeAndOtherConversationUpdatesAreIgnored() {
        for (Path file : Fixtures.jsonFiles("activities/conversationUpdate-teamMemberAdded")) {
            TeamsActivity meaning = normalize(Fixtures.ROOT.relativize(file).toString());
            assertThat(meaning).as(file.toString()).isInstanceOf(TeamsActivity.BotAdded.class);
            TeamsActivity.BotAdded added = (TeamsActivity.BotAdded) meaning;
            assertThat(added.conversation().attribute(TeamsRefs.ACTIVITY_ID)).isNull();
            assertThat(added.installer().externalId()).contains(":");
        }
        for (String folder : List.of("conversationUpdate-channelCreated", "conversationUpdate-teamRenamed",
                "conversationUpdate-teamMemberRemoved")) {
            for (Path file : Fixtures.jsonFiles("activities/" + folder)) {
                assertThat(normalize(Fixtures.ROOT.relativize(file).toString()))
                        .isEqualTo(new TeamsActivity.Ignored("conversationUpdate without the bot being added"));
            }
        }
    }

    @Test
    void reactionsAreIgnoredPolitely() {
        for (Path file : Fixtures.jsonFiles("activities/messageReaction")) {
            assertThat(normalize(Fixtures.ROOT.relativize(file).toString())).as(file.toString())
                    .isEqualTo(new TeamsActivity.Ignored("reactions get no reply"));
        }
    }

    @Test
    void anAdaptiveCardActionCarriesTheActorAndItsVerbAndOtherInvokesAreUnsupported() {
        TeamsActivity meaning = normalize("activities/invoke-adaptiveCard_action/teamsnet_TeamsActivityTests-L164.json");
        assertThat(meaning).isInstanceOf(TeamsActivity.CardAction.class);
        TeamsActivity.CardAction action = (TeamsActivity.CardAction) meaning;
        assertThat(action.actorAadObjectId()).isEqualTo("c5e99701-2a32-49c1-a660-4629ceeb8c61");
        assertThat(action.actorName()).isEqualTo("Rido");
        assertThat(action.verb()).isNull();
        assertThat(action.approvalId()).isNull();
        assertThat(action.conversation().attribute(TeamsRefs.ACTIVITY_ID)).isEqualTo("1767765488332");

        String approve = Fixtures.read("activities/invoke-adaptiveCard_action/teamsnet_TeamsActivityTests-L164.json")
                .replace("\"title\": \"Submit Feedback\",", "\"verb\": \"approve\",")
                .replace("\"feedback\": \"test invokes\"", "\"approvalId\": 42, \"reason\": \"receipt checked\"");
        TeamsActivity.CardAction decided = (TeamsActivity.CardAction) ActivityNormalizer.normalize(
                ActivityJson.parse(approve).orElseThrow(), approve, NOW);
        assertThat(decided.verb()).isEqualTo("approve");
        assertThat(decided.approvalId()).isEqualTo(42L);
        assertThat(decided.reason()).isEqualTo("receipt checked");

        assertThat(normalize("activities/invoke-composeExtension_query/teamsnet_QueryMEActivity.json"))
                .isEqualTo(new TeamsActivity.UnsupportedInvoke("composeExtension/query"));
    }

    @Test
    void everyActivityInTheDataSetParsesAndNormalizesWithoutError() {
        List<Path> files = Fixtures.jsonFiles("activities");
        assertThat(files).hasSizeGreaterThan(60);
        List<String> unparsed = new java.util.ArrayList<>();
        for (Path file : files) {
            String body = Fixtures.read(file);
            java.util.Optional<Activity> parsed = ActivityJson.parse(body);
            if (parsed.isEmpty()) {
                unparsed.add(file.getFileName().toString());
                continue;
            }
            Activity activity = parsed.get();
            TeamsActivity meaning = ActivityNormalizer.normalize(activity, body, NOW);
            assertThat(meaning).as(file.toString()).isNotNull();
            String type = activity.getType();
            if (!List.of("message", "conversationUpdate", "invoke").contains(type)) {
                assertThat(meaning).as(file.toString()).isInstanceOf(TeamsActivity.Ignored.class);
            }
        }
        assertThat(unparsed).isEmpty();
    }

    @Test
    void bodiesThatAreNotActivitiesAreRejected() {
        assertThat(ActivityJson.parse("{not json")).isEmpty();
        assertThat(ActivityJson.parse("[1,2]")).isEmpty();
        assertThat(ActivityJson.parse("")).isEmpty();
        assertThat(ActivityJson.parse(null)).isEmpty();
    }

    @Test
    void overlongConversationIdsAreHashedIntoTheKeyAndKeptForTheReply() {
        String id = "19:" + "x".repeat(300) + "@thread.tacv2";
        String body = Fixtures.read("activities/message/bots-conversations-L112.json")
                .replace("a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-", id);
        InboundMessage m = ((TeamsActivity.CustomerMessage) ActivityNormalizer.normalize(
                ActivityJson.parse(body).orElseThrow(), body, NOW)).message();
        assertThat(m.conversation().key()).startsWith("sha256:").hasSize(71);
        assertThat(m.conversation().attribute(TeamsRefs.CONVERSATION_ID)).isEqualTo(id);
        assertThat(m.id().value()).startsWith("sha256:").hasSize(71);
    }

    /** Issue 19: Teams activity ids are unique per conversation only; the inbox key holds both. */
    @Test
    void theSameActivityIdInTwoConversationsGivesTwoInboxKeys() {
        String body = Fixtures.read("activities/message/bots-conversations-L112.json");
        String other = body.replace("a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-",
                "a:another-conversation");
        InboundMessage first = ((TeamsActivity.CustomerMessage) ActivityNormalizer.normalize(
                ActivityJson.parse(body).orElseThrow(), body, NOW)).message();
        InboundMessage second = ((TeamsActivity.CustomerMessage) ActivityNormalizer.normalize(
                ActivityJson.parse(other).orElseThrow(), other, NOW)).message();
        assertThat(first.conversation().attribute(TeamsRefs.ACTIVITY_ID))
                .isEqualTo(second.conversation().attribute(TeamsRefs.ACTIVITY_ID));
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(second.id().value()).endsWith("|a:another-conversation");
    }

    private static TeamsActivity normalize(String relative) {
        String body = Fixtures.read(relative);
        return ActivityNormalizer.normalize(ActivityJson.parse(body).orElseThrow(), body, NOW);
    }

    private static InboundMessage message(String relative) {
        return ((TeamsActivity.CustomerMessage) normalize(relative)).message();
    }

    /** A fixture with a service URL and/or id filled in where the documentation example has none. */
    private static InboundMessage message(String relative, String serviceUrl, String... id) {
        Activity activity = ActivityJson.parse(Fixtures.read(relative)).orElseThrow();
        if (serviceUrl != null) {
            activity.setServiceUrl(serviceUrl);
        }
        if (id.length > 0) {
            activity.setId(id[0]);
        }
        String body = ActivityJson.write(activity);
        return ((TeamsActivity.CustomerMessage) ActivityNormalizer.normalize(activity, body, NOW)).message();
    }
}
