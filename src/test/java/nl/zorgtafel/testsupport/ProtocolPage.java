package nl.zorgtafel.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One open page (Vaadin UI) of a {@link ProtocolBrowser}: sends events as the browser's client
 * engine does (navigation, typed values, clicks, a grid scrolled), with the UI's CSRF token and
 * its sync and client ids, and reads the answers just far enough to find elements by their id and
 * to confirm grid updates as the grid's connector would. Optionally receives push over the
 * websocket, as the page would.
 */
public final class ProtocolPage {

    private final ProtocolBrowser browser;
    private final int uiId;
    private final String csrfToken;
    private final String pushId;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<String, Integer> nodeByTag = new HashMap<>();
    private final List<String> links = new ArrayList<>();
    private int syncId;
    private int clientId;
    private LongConsumer roundTrips = nanos -> { };
    private WebSocket push;

    ProtocolPage(ProtocolBrowser browser, int uiId, JsonNode uidl) {
        this.browser = browser;
        this.uiId = uiId;
        this.csrfToken = uidl.path("Vaadin-Security-Key").asString();
        this.pushId = uidl.path("Vaadin-Push-ID").asString();
        apply(uidl);
    }

    /** Where each round trip's time (nanoseconds, request sent to answer read) is reported. */
    public ProtocolPage timing(LongConsumer roundTrips) {
        this.roundTrips = roundTrips;
        return this;
    }

    public boolean has(String elementId) {
        synchronized (nodeById) {
            return nodeById.containsKey(elementId);
        }
    }

    /** The addresses of the links on the page, in the order they arrived. */
    public List<String> links() {
        synchronized (nodeById) {
            return List.copyOf(links);
        }
    }

    /** The ids and accessible names of the elements on the page (or once on it). */
    public List<String> elements() {
        synchronized (nodeById) {
            return List.copyOf(nodeById.keySet());
        }
    }

    /** A router link followed, as the side navigation does. */
    public void navigate(String route) throws Exception {
        ObjectNode data = ProtocolBrowser.JSON.createObjectNode().put("route", route).put("query", "")
                .put("appShellTitle", "").put("trigger", "client");
        data.putObject("historyState").put("idx", 0);
        send(event(1, "ui-navigate", data));
    }

    /** A value typed into a field and the field left (the browser sends it on change). */
    public void type(String elementId, String value) throws Exception {
        int node = node(elementId);
        ObjectNode sync = ProtocolBrowser.JSON.createObjectNode().put("type", "mSync").put("node", node)
                .put("feature", 1).put("property", "value").put("value", value);
        send(sync, event(node, "change", ProtocolBrowser.JSON.createObjectNode()));
    }

    public void click(String elementId) throws Exception {
        ObjectNode data = ProtocolBrowser.JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.screenX", "event.screenY",
                "event.button")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        send(event(node(elementId), "click", data));
    }

    /** The page's grid scrolled so that these rows are wanted (the grid connector's own call). */
    public void scrollGrid(int first, int count) throws Exception {
        Integer grid;
        synchronized (nodeById) {
            grid = nodeByTag.get("vaadin-grid");
        }
        if (grid == null) {
            throw new IllegalStateException("No grid on this page");
        }
        send(serverCall(grid, "setViewportRange", first, count));
    }

    /**
     * Receives push as the page does, over the websocket; {@code messages} gets the text of each
     * message (already applied to this page) the moment it arrives.
     */
    public void connectPush(Consumer<String> messages) {
        String address = browser.base().replace("http://", "ws://") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + URLEncoder.encode(pushId, StandardCharsets.UTF_8)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application%2Fjson%3B%20charset%3DUTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        // A browser opens its websocket on a connection of its own; the JDK client may use a pooled
        // one, which the server may be closing (its keep-alive limit): then once more, on a new one.
        for (int attempt = 1; push == null; attempt++) {
            try {
                push = browser.http().newWebSocketBuilder().buildAsync(URI.create(address), new PushListener(messages))
                        .join();
            } catch (java.util.concurrent.CompletionException e) {
                if (!(e.getCause() instanceof java.net.http.WebSocketHandshakeException) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The tab closed, in a browser's order: the page's unload beacon, then the push connection ends. */
    public void close() throws Exception {
        ObjectNode body = ProtocolBrowser.JSON.createObjectNode().put("csrfToken", csrfToken).put("UNLOAD", true)
                .put("clientId", clientId);
        body.putArray("rpc");
        post(body);
        if (push != null) {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null).join();
        }
    }

    private int node(String elementId) {
        synchronized (nodeById) {
            Integer node = nodeById.get(elementId);
            if (node == null) {
                throw new IllegalStateException("No element " + elementId + " on this page");
            }
            return node;
        }
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = ProtocolBrowser.JSON.createObjectNode().put("type", "event").put("node", node)
                .put("event", name);
        event.set("data", data);
        return event;
    }

    private static ObjectNode serverCall(int node, String method, Object... arguments) {
        ObjectNode call = ProtocolBrowser.JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method).put("promise", 0);
        var args = call.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            args.addPOJO(argument);
        }
        return call;
    }

    /** One UIDL request with these invocations; then the confirmations the answer asks for. */
    private void send(ObjectNode... rpcs) throws Exception {
        ObjectNode body = ProtocolBrowser.JSON.createObjectNode().put("csrfToken", csrfToken);
        var list = body.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        synchronized (nodeById) {
            body.put("syncId", syncId).put("clientId", clientId++);
        }
        long began = System.nanoTime();
        String answer = post(body);
        roundTrips.accept(System.nanoTime() - began);
        if (answer.contains("\"appError\"") || answer.contains("\"sessionExpired\"")) {
            throw new IllegalStateException("The server refused the request: " + answer.substring(0, Math.min(200, answer.length())));
        }
        List<ObjectNode> confirmations = apply(ProtocolBrowser.JSON.readTree(answer));
        if (!confirmations.isEmpty()) {
            send(confirmations.toArray(ObjectNode[]::new));
        }
    }

    private String post(ObjectNode body) throws Exception {
        var response = browser.http().send(HttpRequest.newBuilder(URI.create(browser.base() + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Notes element ids and tags of the changes, and the sync id; returns the grid and combo box
     * updates to confirm ({@code $connector.confirm(id)} in the answer's JavaScript).
     */
    private List<ObjectNode> apply(JsonNode message) {
        List<ObjectNode> confirmations = new ArrayList<>();
        synchronized (nodeById) {
            if (message.has("syncId")) {
                syncId = Math.max(syncId, message.path("syncId").asInt());
            }
            for (JsonNode change : message.path("changes")) {
                if (!"put".equals(change.path("type").asString())) {
                    continue;
                }
                int node = change.path("node").asInt();
                String key = change.path("key").asString();
                // Elements are found by their id, or by their accessible name (aria-label).
                if (change.path("feat").asInt() == 3 && (key.equals("id") || key.equals("aria-label"))) {
                    nodeById.put(change.path("value").asString(), node);
                } else if (change.path("feat").asInt() == 3 && key.equals("href")) {
                    links.add(change.path("value").asString());
                } else if (change.path("feat").asInt() == 0 && key.equals("tag")) {
                    nodeByTag.put(change.path("value").asString(), node);
                }
            }
        }
        for (JsonNode call : message.path("execute")) {
            String script = call.path(call.size() - 1).asString();
            if (script.contains("$connector.confirm(") && call.size() >= 3) {
                confirmations.add(serverCall(call.path(0).path("@v-node").asInt(), "confirmUpdate",
                        call.path(1).asInt()));
            }
        }
        return confirmations;
    }

    /** Atmosphere's framing: each message is its length, a bar, then the text; frames may split or join them. */
    private final class PushListener implements WebSocket.Listener {

        private final Consumer<String> messages;
        private final StringBuilder buffer = new StringBuilder();

        PushListener(Consumer<String> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length = Integer.parseInt(buffer.substring(0, bar));
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String text = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                if (text.startsWith("{")) {
                    apply(ProtocolBrowser.JSON.readTree(text));
                    messages.accept(text);
                }
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
