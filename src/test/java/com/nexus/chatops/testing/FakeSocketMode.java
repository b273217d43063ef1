package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's side of a Socket Mode connection: greets with {@code hello}, pushes envelopes, and collects the
 * acks (each ack names the envelope it answers).
 */
public final class FakeSocketMode extends WebSocketServer implements AutoCloseable {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile WebSocket client;

    private FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    public static FakeSocketMode open() throws InterruptedException {
        FakeSocketMode server = new FakeSocketMode();
        server.start();
        if (!server.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake Socket Mode server did not start");
        }
        return server;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
    }

    public void awaitConnected(Duration timeout) throws InterruptedException {
        if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("nexus never connected over Socket Mode");
        }
    }

    /** Delivers a slash command the way Slack does over Socket Mode: the form fields as a JSON object. */
    public void sendSlashCommand(String envelopeId, Map<String, String> fields) {
        ObjectNode payload = Json.object();
        fields.forEach(payload::put);
        ObjectNode envelope = Json.object().put("envelope_id", envelopeId).put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.set("payload", payload);
        client.send(Json.write(envelope));
    }

    /** The ack nexus sent for this envelope. */
    public JsonNode awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String message = received.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && envelopeId.equals(Json.parse(message).path("envelope_id").asText())) {
                return Json.parse(message);
            }
        }
        throw new AssertionError("no ack for envelope " + envelopeId);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        client = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A0FAKE\"}}");
        connected.countDown();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() throws InterruptedException {
        stop(1000);
    }
}
