package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON objects Slack returns, field names as in the real API so Bolt's response classes parse them. */
final class SlackShapes {

    private SlackShapes() {
    }

    static ObjectNode channel(FakeChannel c) {
        ObjectNode o = Json.object().put("id", c.id()).put("name", c.name())
                .put("is_channel", !c.isPrivate() && !c.isIm()).put("is_group", false).put("is_im", c.isIm())
                .put("is_mpim", false).put("is_private", c.isPrivate()).put("created", c.created())
                .put("is_archived", c.archived()).put("is_general", "general".equals(c.name()))
                .put("unlinked", 0).put("name_normalized", c.name()).put("is_shared", false)
                .put("is_org_shared", false).put("is_ext_shared", false)
                .put("is_member", c.hasMember(SlackDefaults.BOT_USER_ID)).put("creator", c.creator())
                .put("num_members", c.members().size());
        o.putObject("topic").put("value", c.topic()).put("creator", c.creator()).put("last_set", 0);
        o.putObject("purpose").put("value", "").put("creator", "").put("last_set", 0);
        o.putArray("previous_names");
        return o;
    }

    static ObjectNode message(FakeMessage m, FakeState state) {
        ObjectNode o = Json.object().put("type", "message").put("user", m.user()).put("text", m.text())
                .put("ts", m.ts()).put("team", SlackDefaults.TEAM_ID);
        if (SlackDefaults.BOT_USER_ID.equals(m.user())) {
            o.put("bot_id", SlackDefaults.BOT_ID).put("app_id", SlackDefaults.APP_ID);
        }
        if (m.threadTs() != null) {
            o.put("thread_ts", m.threadTs());
        }
        setJson(o, "blocks", m.blocksJson());
        setJson(o, "attachments", m.attachmentsJson());
        if (m.isEdited()) {
            o.putObject("edited").put("user", m.user()).put("ts", m.editedTs());
        }
        if (!m.fileIds().isEmpty()) {
            var files = o.putArray("files");
            m.fileIds().forEach(id -> state.file(id).ifPresent(f -> files.add(file(f))));
            o.put("upload", true);
        }
        return o;
    }

    static ObjectNode user(FakeUser u) {
        ObjectNode o = Json.object().put("id", u.id()).put("team_id", SlackDefaults.TEAM_ID).put("name", u.name())
                .put("deleted", false).put("real_name", u.realName()).put("tz", "Europe/London")
                .put("tz_label", "Greenwich Mean Time").put("tz_offset", 0).put("is_admin", false)
                .put("is_owner", false).put("is_bot", u.isBot()).put("is_app_user", false)
                .put("updated", FakeState.nowSeconds());
        ObjectNode profile = o.putObject("profile").put("real_name", u.realName())
                .put("display_name", u.name()).put("team", SlackDefaults.TEAM_ID);
        if (u.email() != null) {
            profile.put("email", u.email());
        }
        if (u.isBot()) {
            profile.put("bot_id", SlackDefaults.BOT_ID);
        }
        return o;
    }

    static ObjectNode bookmark(FakeBookmark b) {
        ObjectNode o = Json.object().put("id", b.id()).put("channel_id", b.channelId()).put("title", b.title())
                .put("link", b.link()).put("type", b.type()).put("date_created", b.created())
                .put("date_updated", 0).put("rank", "U").put("last_updated_by_user_id", SlackDefaults.BOT_USER_ID)
                .put("last_updated_by_team_id", SlackDefaults.TEAM_ID).put("app_id", SlackDefaults.APP_ID);
        if (b.emoji() != null) {
            o.put("emoji", b.emoji());
        }
        return o;
    }

    static ObjectNode file(FakeFile f) {
        long now = FakeState.nowSeconds();
        ObjectNode o = Json.object().put("id", f.id()).put("created", now).put("timestamp", now)
                .put("name", f.filename()).put("title", f.title()).put("mimetype", "text/plain")
                .put("filetype", "text").put("pretty_type", "Plain Text").put("user", SlackDefaults.BOT_USER_ID)
                .put("mode", "snippet").put("is_external", false).put("is_public", f.channel() != null)
                .put("size", f.content() == null ? 0 : f.content().length)
                .put("url_private", "https://files.slack.com/files-pri/" + f.id() + "/" + f.filename())
                .put("permalink", "https://" + SlackDefaults.TEAM_DOMAIN + ".slack.com/files/"
                        + SlackDefaults.BOT_USER_ID + "/" + f.id() + "/" + f.filename());
        var channels = o.putArray("channels");
        if (f.channel() != null) {
            channels.add(f.channel());
        }
        return o;
    }

    /** What views.* answer: the submitted view plus the ids and state Slack adds. */
    static ObjectNode view(FakeView v) {
        ObjectNode o = (ObjectNode) v.json().deepCopy();
        o.put("id", v.id()).put("team_id", SlackDefaults.TEAM_ID).put("hash", v.hash())
                .put("app_id", SlackDefaults.APP_ID).put("bot_id", SlackDefaults.BOT_ID)
                .put("root_view_id", v.id()).put("app_installed_team_id", SlackDefaults.TEAM_ID);
        if (!o.has("blocks")) {
            o.putArray("blocks");
        }
        o.putObject("state").putObject("values");
        return o;
    }

    private static void setJson(ObjectNode target, String field, String json) {
        JsonNode node = Json.parseOrNull(json);
        if (node != null) {
            target.set(field, node);
        }
    }
}
