package com.nexus.chatops.testing;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.assertj.core.api.Assertions.assertThat;

class FakeSlackFilesAndViewsTest {

    @AutoClose
    private final FakeSlack fake = FakeSlack.start().rateLimits(false);
    private final MethodsClient client = fake.methods();

    @Test
    void shouldStoreFileContentAsChannelMessageWhenUploadedWithFilesUploadV2() throws Exception {
        var response = client.filesUploadV2(r -> r.channel(SlackDefaults.CHANNEL_ID)
                .content("line 1\nline 2\n").filename("pod-logs.txt").title("Pod logs").initialComment("Logs"));

        assertThat(response.isOk()).isTrue();
        assertThat(response.getFile().getTitle()).isEqualTo("Pod logs");
        assertThat(fake.calls("files.getUploadURLExternal")).singleElement()
                .satisfies(c -> assertThat(c.responseBody()).contains(fake.baseUri().toString()));
        FakeFile file = fake.files().get(0);
        assertThat(file.contentAsString()).isEqualTo("line 1\nline 2\n");
        assertThat(file.filename()).isEqualTo("pod-logs.txt");
        assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Logs");
            assertThat(m.fileIds()).containsExactly(file.id());
        });
    }

    @Test
    void shouldRecordViewsAndRejectStaleHashWhenOpenedAndUpdated() throws Exception {
        View modal = view(v -> v.type("modal").callbackId("declare").privateMetadata("C0GENERAL")
                .title(viewTitle(t -> t.type("plain_text").text("Declare")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Declare")))
                .blocks(asBlocks(input(i -> i.blockId("title").label(plainText("Title"))
                        .element(plainTextInput(p -> p.actionId("value")))))));

        var opened = client.viewsOpen(r -> r.triggerId("123.trigger").view(modal));
        String viewId = opened.getView().getId();
        var updated = client.viewsUpdate(r -> r.viewId(viewId).hash(opened.getView().getHash()).view(modal));
        var stale = client.viewsUpdate(r -> r.viewId(viewId).hash(opened.getView().getHash()).view(modal));

        assertThat(opened.isOk()).isTrue();
        assertThat(opened.getView().getCallbackId()).isEqualTo("declare");
        assertThat(updated.isOk()).isTrue();
        assertThat(stale.getError()).isEqualTo("hash_conflict");
        assertThat(fake.views()).singleElement().satisfies(v -> {
            assertThat(v.method()).isEqualTo("views.update");
            assertThat(v.privateMetadata()).isEqualTo("C0GENERAL");
            assertThat(v.triggerId()).isEqualTo("123.trigger");
        });
        assertThat(client.viewsOpen(r -> r.view(modal)).getError()).isEqualTo("invalid_arguments");
    }

    @Test
    void shouldRecordHomeTabWhenPublished() throws Exception {
        View home = view(v -> v.type("home").blocks(asBlocks()));

        var published = client.viewsPublish(r -> r.userId(SlackDefaults.USER_ID).view(home));

        assertThat(published.isOk()).isTrue();
        assertThat(fake.views()).singleElement()
                .satisfies(v -> assertThat(v.userId()).isEqualTo(SlackDefaults.USER_ID));
    }

    @Test
    void shouldRefuseTheSixthPostWhenAResponseUrlWasUsedFiveTimes() throws Exception {
        URI url = URI.create(fake.responseUrl("cmd-1"));
        int lastStatus = 0;
        for (int i = 1; i <= 6; i++) {
            lastStatus = HttpPoster.post(url, "application/json", "{\"text\":\"update " + i + "\"}", Map.of()).status();
        }

        assertThat(fake.responseUrlPosts("cmd-1")).hasSize(5).first().asString().contains("update 1");
        assertThat(lastStatus).isEqualTo(404);
        assertThat(fake.allResponseUrlPosts()).hasSize(6);
        assertThat(fake.awaitResponseUrlPost("cmd-1", Duration.ofSeconds(1)).text()).isEqualTo("update 1");
    }

    @Test
    void shouldKeepEveryConcurrentPostWhenManyThreadsCallAtOnce() throws Exception {
        int threads = 12;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID)
                        .text("msg " + n)).getTs()));
            }
            var timestamps = new java.util.HashSet<String>();
            for (var f : futures) {
                timestamps.add(f.get(10, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(timestamps).hasSize(threads);
            assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).hasSize(threads);
            assertThat(fake.awaitCalls("chat.postMessage", threads, Duration.ofSeconds(1))).hasSize(threads);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldWakeAWaiterWhenTheAwaitedCallArrivesLater() throws Exception {
        var poster = new Thread(() -> {
            try {
                Thread.sleep(100);
                client.chatPostMessage(r -> r.channel(SlackDefaults.CHANNEL_ID).text("later"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        poster.start();

        Call call = fake.awaitCall("chat.postMessage", Duration.ofSeconds(5));

        assertThat(call.param("text")).isEqualTo("later");
        poster.join();
    }
}
