/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fetcher against servers on 127.0.0.1 that behave well and badly: a SoupServer for whole
 * answers, and a raw socket server (a thread per connection) for answers HTTP libraries will not
 * send — bodies cut short, servers that stop, drip or say nothing. */
#include "config.h"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>

#include "briefing-article-import.h"
#include "briefing-bundle-reader.h"
#include "briefing-fetcher-private.h"
#include "briefing-fetcher.h"

#define CAP 4096

/* Under valgrind everything runs some ten times slower: BRIEFING_TEST_TIME_SCALE stretches the
 * fetcher's limits, the servers' pauses and the bounds on elapsed time alike (see meson.build). */
static guint time_scale = 1;
#define MS(ms) ((guint) (ms) * time_scale)
#define US(ms) ((gint64) (ms) * 1000 * time_scale)

static SoupServer *server;
static char *base;      /* http://127.0.0.1:PORT of the SoupServer */
static char *raw_base;  /* http://127.0.0.1:PORT of the raw server */
static GBytes *good_bundle;
static char *last_user_agent;
/* What the endless server sent, and whether the client hung up on it (its writes failed). */
static gint64 endless_sent;
static gint endless_ended;

/* The SoupServer */

static void
redirect_to (SoupServerMessage *msg,
             const char        *path)
{
  soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, path);
}

static GBytes *
gzip (GBytes *bytes)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  gsize written;

  g_assert_true (g_output_stream_write_all (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &written,
                                            NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static void
handler (SoupServer        *srv,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  static const char invalid[] = "{\n  \"format\": \"briefing-bundle\",\n  \"version\": 1,\n  \"title\": \"x\" \"y\"\n}\n";
  static const char page[] = "<!DOCTYPE html><html><body><p>Please log in</p></body></html>";

  g_free (last_user_agent);
  last_user_agent = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                            "User-Agent"));

  if (g_str_equal (path, "/good.bundle.json") || g_str_equal (path, "/plain.bundle.json") ||
      g_str_equal (path, "/plain") || g_str_equal (path, "/typeless.bundle.json"))
    {
      const char *type = g_str_equal (path, "/good.bundle.json") ? "application/json"
                         : g_str_equal (path, "/typeless.bundle.json") ? NULL : "text/plain";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, g_bytes_get_data (good_bundle, NULL),
                                        g_bytes_get_size (good_bundle));
    }
  else if (g_str_equal (path, "/gzip.bundle.json"))
    {
      g_autoptr(GBytes) packed = gzip (good_bundle);

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (headers, "Content-Encoding", "gzip");
      soup_server_message_set_response (msg, "application/x-briefing-bundle+json", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (packed, NULL), g_bytes_get_size (packed));
    }
  else if (g_str_equal (path, "/missing.bundle.json"))
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
  else if (g_str_equal (path, "/broken.bundle.json"))
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (path, "/page.bundle.json"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (g_str_equal (path, "/image.bundle.json"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (g_str_equal (path, "/cyrillic.html"))
    {
      /* Its encoding named only in the header: «Переговоры» in windows-1251. */
      static const char cyrillic[] = "<html><head><title>\xcf\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb</title></head>"
                                     "<body><h1>\xcf\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb</h1>"
                                     "<p>\xcf\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb \xe2 \xd1\xf2\xe0\xed\xe1\xf3\xeb\xe5."
                                     "</p></body></html>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=windows-1251; foo=bar", SOUP_MEMORY_STATIC, cyrillic,
                                        strlen (cyrillic));
    }
  else if (g_str_equal (path, "/invalid.bundle.json"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, invalid, strlen (invalid));
    }
  else if (g_str_equal (path, "/big.bundle.json"))
    {
      g_autofree char *body = g_strnfill (CAP * 3, ' ');

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, body, CAP * 3);
    }
  else if (g_str_equal (path, "/big-chunked.bundle.json"))
    {
      SoupMessageBody *body = soup_server_message_get_response_body (msg);

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_content_type (headers, "application/json", NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      for (int i = 0; i < 12; i++)
        soup_message_body_append_take (body, (guchar *) g_strnfill (1024, ' '), 1024);
      soup_message_body_complete (body);
    }
  else if (g_str_equal (path, "/loop/a"))
    redirect_to (msg, "/loop/b");
  else if (g_str_equal (path, "/loop/b"))
    redirect_to (msg, "/loop/a");
  else if (g_str_has_prefix (path, "/hop/"))
    {
      g_autofree char *next = g_strdup_printf ("/hop/%d", atoi (path + 5) + 1);

      redirect_to (msg, next);
    }
  else if (g_str_equal (path, "/moved"))
    redirect_to (msg, "/hop-free/../good.bundle.json");
  else if (g_str_equal (path, "/to-ftp"))
    redirect_to (msg, "ftp://127.0.0.1/good.bundle.json");
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

/* The raw server: one thread per connection, writing exactly what a case needs. */

static gboolean
write_text (GOutputStream *out,
            const char    *text)
{
  return g_output_stream_write_all (out, text, strlen (text), NULL, NULL, NULL);
}

static gboolean
write_spaces (GOutputStream *out,
              gsize          n)
{
  g_autofree char *spaces = g_strnfill (n, ' ');

  return g_output_stream_write_all (out, spaces, n, NULL, NULL, NULL);
}

/* Blocks until the client closes the connection (or 20 s pass). */
static void
wait_for_close (GSocketConnection *connection)
{
  GSocket *socket = g_socket_connection_get_socket (connection);
  char buffer[256];

  g_socket_set_timeout (socket, 20);
  while (g_socket_receive (socket, buffer, sizeof buffer, NULL, NULL) > 0)
    ;
}

static gboolean
on_raw_run (GThreadedSocketService *service,
            GSocketConnection      *connection,
            GObject                *source_object,
            gpointer                user_data)
{
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GDataInputStream) lines = g_data_input_stream_new (in);
  g_autofree char *request = NULL;
  g_auto(GStrv) parts = NULL;
  const char *path;
  guint8 first = 0;
  GInputVector peek = { &first, 1 };
  int flags = G_SOCKET_MSG_PEEK;

  /* A TLS handshake (its first byte is 0x16) at this plain HTTP port: refused as web servers do. */
  if (g_socket_receive_message (g_socket_connection_get_socket (connection), NULL, &peek, 1, NULL, NULL, &flags,
                                NULL, NULL) == 1 &&
      first == 0x16)
    {
      write_text (out, "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
      return TRUE;
    }

  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);
  g_data_input_stream_set_newline_type (lines, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
  request = g_data_input_stream_read_line (lines, NULL, NULL, NULL);
  if (request == NULL)
    return TRUE;
  for (;;)
    {
      g_autofree char *header = g_data_input_stream_read_line (lines, NULL, NULL, NULL);

      if (header == NULL || *header == '\0')
        break;
    }
  parts = g_strsplit (request, " ", 3);
  path = parts[1] != NULL ? parts[1] : "/";

  if (g_str_equal (path, "/truncated.bundle.json"))
    {
      /* 1000 bytes announced, 100 sent, then the connection closes. */
      write_text (out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
                       "Connection: close\r\n\r\n");
      write_spaces (out, 100);
    }
  else if (g_str_equal (path, "/stall.bundle.json"))
    {
      write_text (out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
      write_spaces (out, 10);
      wait_for_close (connection);
    }
  else if (g_str_equal (path, "/silent.bundle.json"))
    wait_for_close (connection);
  else if (g_str_equal (path, "/slow.bundle.json") || g_str_equal (path, "/slower.bundle.json"))
    {
      /* The good bundle in 6 pieces, 150 ms (or 300 ms) apart: never stalled, slow in all. */
      gsize size = g_bytes_get_size (good_bundle);
      const char *data = g_bytes_get_data (good_bundle, NULL);
      gulong pause = (g_str_equal (path, "/slow.bundle.json") ? 150000 : 300000) * time_scale;
      g_autofree char *head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                               "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n",
                                               size);

      write_text (out, head);
      for (gsize i = 0; i < 6; i++)
        {
          gsize from = size * i / 6, to = size * (i + 1) / 6;

          g_usleep (pause);
          if (!g_output_stream_write_all (out, data + from, to - from, NULL, NULL, NULL))
            break;
        }
    }
  else if (g_str_equal (path, "/endless.bundle.json"))
    {
      /* Chunks of 16 KiB as fast as the client takes them, never the last one: only the client
       * hanging up ends it (or nobody reading for 20 s). */
      g_autofree char *spaces = g_strnfill (16384, ' ');
      g_autofree char *chunk = g_strdup_printf ("4000\r\n%s\r\n", spaces);
      gsize size = strlen (chunk);

      g_socket_set_timeout (g_socket_connection_get_socket (connection), 20);
      write_text (out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
      while (g_output_stream_write_all (out, chunk, size, NULL, NULL, NULL))
        g_atomic_pointer_add (&endless_sent, size);
      g_atomic_int_set (&endless_ended, 1);
    }
  else if (g_str_equal (path, "/drip.bundle.json"))
    {
      /* A megabyte, a kilobyte every 20 ms: long enough to be cancelled in the middle. */
      write_text (out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n");
      for (int i = 0; i < 1024; i++)
        {
          if (!write_spaces (out, 1024))
            break;
          g_usleep (20000);
        }
    }

  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

/* An address on 127.0.0.1 nobody listens on: bound, then let go. */
static guint16
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, address, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* Fetching */

typedef struct
{
  GAsyncResult *result;
  guint         n_progress;
  guint64       last_received;
  guint64       last_expected;
  GCancellable *cancel_on_progress;
} Wait;

static void
fetch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static void
on_progress (BriefingFetcher *fetcher,
             guint64          received,
             guint64          expected,
             Wait            *wait)
{
  g_assert_cmpuint (received, >=, wait->last_received);
  wait->n_progress++;
  wait->last_received = received;
  wait->last_expected = expected;
  if (wait->cancel_on_progress != NULL && received > 0)
    g_cancellable_cancel (wait->cancel_on_progress);
}

static GBytes *
fetch_full (BriefingFetcher    *fetcher,
            const char         *uri,
            BriefingFetchKind   kind,
            Wait               *wait,
            char              **final_uri,
            char              **content_type,
            GError            **error)
{
  gulong id = g_signal_connect (fetcher, "progress", G_CALLBACK (on_progress), wait);
  GBytes *bytes;

  wait->n_progress = 0;
  wait->last_received = wait->last_expected = 0;
  briefing_fetcher_fetch_async (fetcher, uri, kind, wait->cancel_on_progress, fetch_cb, wait);
  while (wait->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (fetcher, id);

  bytes = briefing_fetcher_fetch_finish (fetcher, wait->result, final_uri, content_type, error);
  g_clear_object (&wait->result);
  return bytes;
}

/* A fetcher with short limits, so failing cases fail fast. */
static BriefingFetcher *
new_fetcher (void)
{
  BriefingFetcher *fetcher = briefing_fetcher_new ();

  briefing_fetcher_set_deadline (fetcher, MS (3000));
  briefing_fetcher_set_stall_timeout (fetcher, MS (500));
  briefing_fetcher_set_max_size (fetcher, CAP);
  return fetcher;
}

/* Fetches @path (from the SoupServer, or the raw one for a path starting with "raw:") and checks
 * that it fails with @code and a message holding each of @words. */
static void
assert_fails (const char *where,
              int         code,
              ...)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = NULL;
  Wait wait = { NULL };
  const char *word;
  va_list args;

  if (g_str_has_prefix (where, "raw:"))
    uri = g_strconcat (raw_base, where + 4, NULL);
  else if (where[0] == '/')
    uri = g_strconcat (base, where, NULL);
  else
    uri = g_strdup (where);

  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_null (bytes);
  g_test_message ("%s: %s", uri, error->message);
  g_assert_error (error, BRIEFING_FETCH_ERROR, code);

  va_start (args, code);
  while ((word = va_arg (args, const char *)) != NULL)
    if (strstr (error->message, word) == NULL)
      g_error ("“%s” is not in the message for %s: %s", word, uri, error->message);
  va_end (args);
}

static char *
host_of (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);

  return g_strdup_printf ("127.0.0.1:%d", g_uri_get_port (parsed));
}

/* Tests */

static void
test_good (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (base, "/good.bundle.json", NULL);
  g_autofree char *final_uri = NULL;
  g_autofree char *type = NULL;
  Wait wait = { NULL };
  guint64 received, expected;

  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, &final_uri, &type, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, good_bundle));
  g_assert_cmpstr (final_uri, ==, uri);
  g_assert_cmpstr (type, ==, "application/json");

  /* Progress went up to the whole length the server announced. */
  g_assert_cmpuint (wait.n_progress, >=, 2);
  g_assert_cmpuint (wait.last_received, ==, g_bytes_get_size (good_bundle));
  g_assert_cmpuint (wait.last_expected, ==, g_bytes_get_size (good_bundle));
  briefing_fetcher_get_progress (fetcher, &received, &expected);
  g_assert_cmpuint (received, ==, expected);

  /* Briefing names itself and its version. */
  g_assert_true (g_str_has_prefix (last_user_agent, "Briefing/" PACKAGE_VERSION " "));
}

static void
test_gzip (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (base, "/gzip.bundle.json", NULL);
  g_autofree char *type = NULL;
  g_autoptr(GBytes) packed = gzip (good_bundle);
  Wait wait = { NULL };

  g_assert_cmpuint (g_bytes_get_size (packed), <, g_bytes_get_size (good_bundle));
  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, &type, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, good_bundle));
  g_assert_cmpstr (type, ==, "application/x-briefing-bundle+json");
  /* The compressed length is not the body's: no length is expected. */
  g_assert_cmpuint (wait.last_expected, ==, 0);
}

static void
test_redirect (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (base, "/moved", NULL);
  g_autofree char *expected = g_strconcat (base, "/good.bundle.json", NULL);
  g_autofree char *final_uri = NULL;
  Wait wait = { NULL };

  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, &final_uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, good_bundle));
  g_assert_cmpstr (final_uri, ==, expected);
}

static void
test_http_status (void)
{
  g_autofree char *host = host_of (base);

  assert_fails ("/missing.bundle.json", BRIEFING_FETCH_ERROR_HTTP_STATUS, host, "404", "Not Found",
                "nothing at this address", NULL);
  assert_fails ("/broken.bundle.json", BRIEFING_FETCH_ERROR_HTTP_STATUS, host, "500", "Internal Server Error",
                "try again later", NULL);
}

static void
test_content_type (void)
{
  g_autofree char *host = host_of (base);
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GUri) json_uri = g_uri_parse ("http://example.org/a/talks.bundle.json?x=1", G_URI_FLAGS_NONE, NULL);
  g_autoptr(GUri) other_uri = g_uri_parse ("http://example.org/a/talks", G_URI_FLAGS_NONE, NULL);

  assert_fails ("/page.bundle.json", BRIEFING_FETCH_ERROR_CONTENT_TYPE, host, "web page", "text/html",
                "bundle (JSON)", NULL);
  assert_fails ("/image.bundle.json", BRIEFING_FETCH_ERROR_CONTENT_TYPE, host, "image/png", NULL);
  /* text/plain is a plain server's guess: enough at an address ending in .json, not elsewhere. */
  assert_fails ("/plain", BRIEFING_FETCH_ERROR_CONTENT_TYPE, host, "text/plain", NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autofree char *uri = g_strconcat (base, "/plain.bundle.json", NULL);
    Wait wait = { NULL };

    bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (bytes, good_bundle));
  }

  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, "application/json", other_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, "application/ld+json", other_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, "application/octet-stream", json_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, NULL, json_uri));
  g_assert_false (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, NULL, other_uri));
  g_assert_false (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, "text/html", json_uri));
  g_assert_false (briefing_fetch_content_type_accepted (BRIEFING_FETCH_BUNDLE, "text/markdown", json_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_ARTICLE, "text/html", other_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_ARTICLE, "application/xhtml+xml", other_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_ARTICLE, "text/plain", other_uri));
  g_assert_true (briefing_fetch_content_type_accepted (BRIEFING_FETCH_ARTICLE, "text/markdown", other_uri));
  g_assert_false (briefing_fetch_content_type_accepted (BRIEFING_FETCH_ARTICLE, "application/json", json_uri));
  g_assert_false (briefing_fetch_content_type_accepted (BRIEFING_FETCH_ARTICLE, NULL, other_uri));
}

static void
test_article (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *page = g_strconcat (base, "/page.bundle.json", NULL);
  g_autofree char *json = g_strconcat (base, "/good.bundle.json", NULL);
  g_autofree char *type = NULL;
  Wait wait = { NULL };

  bytes = fetch_full (fetcher, page, BRIEFING_FETCH_ARTICLE, &wait, NULL, &type, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "text/html");
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = fetch_full (fetcher, json, BRIEFING_FETCH_ARTICLE, &wait, NULL, NULL, &error);
  g_assert_error (error, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_CONTENT_TYPE);
  g_assert_nonnull (strstr (error->message, "application/json"));
  g_assert_nonnull (strstr (error->message, "an article"));
}

/* A page whose encoding only the HTTP header names is read in that encoding. */
static void
test_article_charset (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BriefingArticle) article = NULL;
  g_autofree char *uri = g_strconcat (base, "/cyrillic.html", NULL);
  g_autofree char *type = NULL;
  BriefingImportSource source = { NULL, NULL, uri, NULL };
  Wait wait = { NULL };

  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_ARTICLE, &wait, NULL, &type, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (type, ==, "text/html; charset=windows-1251");

  source.content_type = type;
  article = briefing_article_import_bytes (bytes, &source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (briefing_article_get_headline (article), ==, "Переговоры");
}

/* Invalid JSON from the web is reported as from a file: with its line and column. */
static void
test_invalid_json (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (base, "/invalid.bundle.json", NULL);
  g_autofree char *line = NULL;
  BriefingProblem *problem;
  Wait wait = { NULL };

  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_no_error (error);

  bundle = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  g_assert_null (bundle);
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_SYNTAX);
  problem = briefing_bundle_reader_get_problems (reader)->pdata[0];
  g_assert_cmpuint (problem->line, ==, 4);
  g_assert_cmpuint (problem->column, >, 0);
  line = briefing_problem_format (problem, uri);
  g_test_message ("%s", line);
  g_assert_true (g_str_has_prefix (line, uri));
  g_assert_nonnull (strstr (line, ":4:"));
}

typedef struct
{
  BriefingBundle *bundle;
  GError         *error;
  gboolean        done;
} ReadWait;

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  ReadWait *wait = user_data;

  wait->bundle = briefing_bundle_reader_read_file_finish (BRIEFING_BUNDLE_READER (source), result, &wait->error);
  wait->done = TRUE;
}

/* A fetched bundle read in a thread keeps the address it came from. */
static void
test_read_bytes_async (void)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autofree char *uri = g_strconcat (base, "/good.bundle.json", NULL);
  g_autoptr(GFile) source = g_file_new_for_uri (uri);
  g_autofree char *name = NULL;
  ReadWait wait = { NULL };

  briefing_bundle_reader_read_bytes_async (reader, good_bundle, source, NULL, read_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.bundle);
  g_assert_true (briefing_bundle_get_file (wait.bundle) == source);
  name = briefing_fetcher_dup_display_name (source);
  g_assert_cmpstr (name, ==, uri);
  g_object_unref (wait.bundle);

  /* Over the reader's limit: refused as a file would be. */
  wait = (ReadWait) { NULL };
  briefing_bundle_reader_set_max_size (reader, 10);
  briefing_bundle_reader_read_bytes_async (reader, good_bundle, source, NULL, read_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (wait.bundle);
  g_assert_error (wait.error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE);
  g_clear_error (&wait.error);
}

static void
test_too_large (void)
{
  g_autofree char *host = host_of (base);

  /* Announced: refused before the body is read, with its size. */
  assert_fails ("/big.bundle.json", BRIEFING_FETCH_ERROR_TOO_LARGE, host, "too large", "12.3", "the limit is 4.1", NULL);
  /* Chunked, length unknown: stopped while it streams in. */
  assert_fails ("/big-chunked.bundle.json", BRIEFING_FETCH_ERROR_TOO_LARGE, host, "over the limit of 4.1", NULL);
}

static void
test_truncated (void)
{
  g_autofree char *host = host_of (raw_base);

  assert_fails ("raw:/truncated.bundle.json", BRIEFING_FETCH_ERROR_TRUNCATED, host,
                "closed the connection before the whole file arrived", "(100 bytes of 1.0", NULL);
}

static void
test_stalled (void)
{
  g_autofree char *host = host_of (raw_base);
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  assert_fails ("raw:/stall.bundle.json", BRIEFING_FETCH_ERROR_STALLED, host, "stopped sending the file",
                time_scale == 1 ? "nothing came for 1 second" : NULL, NULL);
  elapsed = g_get_monotonic_time () - start;
  /* The stall timeout (500 ms) fired, long before the deadline (3 s). */
  g_assert_cmpint (elapsed, >=, US (450));
  g_assert_cmpint (elapsed, <, US (2500));

  /* It reads the request and says nothing: stopped by the stall timeout as well. */
  start = g_get_monotonic_time ();
  assert_fails ("raw:/silent.bundle.json", BRIEFING_FETCH_ERROR_STALLED, host, "did not answer", NULL);
  elapsed = g_get_monotonic_time () - start;
  g_assert_cmpint (elapsed, >=, US (450));
  g_assert_cmpint (elapsed, <, US (2500));
}

static gboolean
endless_has_ended (gpointer data)
{
  return g_atomic_int_get (&endless_ended);
}

/* The server's thread does not wake the main loop: this does, to look again. */
static gboolean
keep_ticking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A body that never ends, as fast as it can: stopped by the size cap, at once, holding no more
 * than the cap, and the connection dropped rather than drained. */
static void
test_endless (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (raw_base, "/endless.bundle.json", NULL);
  g_autofree char *host = host_of (raw_base);
  gint64 start = g_get_monotonic_time ();
  Wait wait = { NULL };
  guint tick;

  /* A cap of 1 MiB, to see it is the cap and not the clock or the stall timer that stops it. */
  briefing_fetcher_set_max_size (fetcher, 1024 * 1024);
  g_atomic_int_set (&endless_ended, 0);
  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_null (bytes);
  g_test_message ("%s: %s", uri, error->message);
  g_assert_error (error, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, host));
  g_assert_nonnull (strstr (error->message, "over the limit of 1.0"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, US (2000));
  /* What it kept never went past the cap. */
  g_assert_cmpuint (wait.last_received, >, 512 * 1024);
  g_assert_cmpuint (wait.last_received, <=, 1024 * 1024);

  /* The server's writes fail soon after: the client hung up, and what was sent stays bounded. */
  tick = g_timeout_add (10, keep_ticking, NULL);
  while (!endless_has_ended (NULL) && g_get_monotonic_time () - start < US (5000))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_true (endless_has_ended (NULL));
  g_test_message ("after %.2f s, the server sent %" G_GINT64_FORMAT " bytes before the client hung up",
                  (g_get_monotonic_time () - start) / 1e6,
                  (gint64) g_atomic_pointer_get (&endless_sent));
  g_assert_cmpint ((gint64) g_atomic_pointer_get (&endless_sent), <, 64 * 1024 * 1024);
  g_assert_cmpint (g_get_monotonic_time () - start, <, US (3000));
}

/* A server that takes the connection and never reads nor answers: the system completes the
 * handshake for a listening socket nobody accepts from. The stall timeout stops it, or the
 * deadline when it comes first, promptly either way. */
static void
test_no_answer (void)
{
  g_autoptr(GSocket) listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                              NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(BriefingFetcher) fetcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *host = NULL;
  Wait wait = { NULL };
  gint64 start, elapsed;

  g_assert_true (g_socket_bind (listener, address, FALSE, NULL));
  g_assert_true (g_socket_listen (listener, NULL));
  bound = g_socket_get_local_address (listener, NULL);
  uri = g_strdup_printf ("http://127.0.0.1:%u/talks.bundle.json",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  host = host_of (uri);

  start = g_get_monotonic_time ();
  assert_fails (uri, BRIEFING_FETCH_ERROR_STALLED, host, "did not answer", NULL);
  elapsed = g_get_monotonic_time () - start;
  g_assert_cmpint (elapsed, >=, US (450));
  g_assert_cmpint (elapsed, <, US (2500));

  /* A deadline shorter than the stall timeout: the deadline's words, at its time. */
  fetcher = new_fetcher ();
  briefing_fetcher_set_stall_timeout (fetcher, MS (5000));
  briefing_fetcher_set_deadline (fetcher, MS (700));
  start = g_get_monotonic_time ();
  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  elapsed = g_get_monotonic_time () - start;
  g_assert_null (bytes);
  g_test_message ("%s: %s", uri, error->message);
  g_assert_error (error, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, host));
  g_assert_cmpint (elapsed, >=, US (650));
  g_assert_cmpint (elapsed, <, US (2000));
}

/* A slow server whose pieces come before the stall timeout finishes within the deadline. */
static void
test_slow (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (raw_base, "/slow.bundle.json", NULL);
  g_autofree char *host = host_of (raw_base);
  Wait wait = { NULL };
  gint64 start = g_get_monotonic_time ();

  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, good_bundle));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, US (800));
  g_assert_cmpuint (wait.n_progress, >=, 6);

  /* The same at twice the pace, under a deadline of 1 s: never stalled, but too slow in all. */
  g_clear_object (&fetcher);
  fetcher = new_fetcher ();
  briefing_fetcher_set_deadline (fetcher, MS (1000));
  g_clear_pointer (&bytes, g_bytes_unref);
  g_free (uri);
  uri = g_strconcat (raw_base, "/slower.bundle.json", NULL);
  start = g_get_monotonic_time ();
  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, host));
  if (time_scale == 1)
    g_assert_nonnull (strstr (error->message, "took longer than 1 second"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, US (1500));
}

static void
test_redirects (void)
{
  g_autofree char *host = host_of (base);

  assert_fails ("/loop/a", BRIEFING_FETCH_ERROR_REDIRECT_LOOP, host, "loop of redirects", NULL);
  assert_fails ("/hop/0", BRIEFING_FETCH_ERROR_TOO_MANY_REDIRECTS, host, "more than 5 times", NULL);
  assert_fails ("/to-ftp", BRIEFING_FETCH_ERROR_UNSUPPORTED_SCHEME, host, "“ftp://127.0.0.1/good.bundle.json”", NULL);
}

static void
test_refused (void)
{
  g_autofree char *uri = g_strdup_printf ("http://127.0.0.1:%u/x.bundle.json", free_port ());
  g_autofree char *host = host_of (uri);

  assert_fails (uri, BRIEFING_FETCH_ERROR_CONNECTION_REFUSED, host, "refused the connection", NULL);
}

static void
test_dns (void)
{
  assert_fails ("http://nowhere.invalid/talks.bundle.json", BRIEFING_FETCH_ERROR_HOST_NOT_FOUND,
                "“nowhere.invalid”", "could not be found", NULL);
}

static void
test_tls (void)
{
  g_autofree char *host = host_of (raw_base);
  g_autofree char *uri = g_strdup_printf ("https://%s/good.bundle.json", host);

  assert_fails (uri, BRIEFING_FETCH_ERROR_TLS, host, "secure connection", NULL);
}

static void
test_scheme_and_address (void)
{
  assert_fails ("ftp://127.0.0.1/talks.bundle.json", BRIEFING_FETCH_ERROR_UNSUPPORTED_SCHEME, "ftp:",
                "only http:// and https://", NULL);
  assert_fails ("example.org/talks.bundle.json", BRIEFING_FETCH_ERROR_INVALID_URI, "example.org/talks.bundle.json",
                "not a web address", NULL);
  assert_fails ("http:///talks.bundle.json", BRIEFING_FETCH_ERROR_INVALID_URI, "not a web address", NULL);

  g_assert_true (briefing_fetcher_is_web_uri ("https://example.org/x.json"));
  g_assert_true (briefing_fetcher_is_web_uri ("HTTP://example.org/x.json"));
  g_assert_true (briefing_fetcher_is_web_uri ("ftp://example.org/x.json"));
  g_assert_false (briefing_fetcher_is_web_uri ("file:///tmp/x.json"));
  g_assert_false (briefing_fetcher_is_web_uri ("/tmp/x.json"));
  g_assert_false (briefing_fetcher_is_web_uri ("x.bundle.json"));
}

/* Cancelled in the middle of the body: G_IO_ERROR_CANCELLED, promptly. */
static void
test_cancel (void)
{
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = g_strconcat (raw_base, "/drip.bundle.json", NULL);
  Wait wait = { NULL };
  gint64 start = g_get_monotonic_time ();

  briefing_fetcher_set_max_size (fetcher, 2 * 1024 * 1024);
  wait.cancel_on_progress = cancellable;
  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (wait.last_received, >, 0);
  g_assert_cmpuint (wait.last_received, <, 1048576);
  g_assert_cmpuint (wait.last_expected, ==, 1048576);
  g_assert_cmpint (g_get_monotonic_time () - start, <, US (1000));

  /* Cancelled before it starts. */
  g_clear_error (&error);
  bytes = fetch_full (fetcher, uri, BRIEFING_FETCH_BUNDLE, &wait, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The blocking form the command line uses, in a thread of its own: the servers need this thread's
 * main context to accept connections. */
typedef struct
{
  const char *uri;
  GBytes     *bytes;
  GError     *error;
  gboolean    done;
} SyncFetch;

static gpointer
sync_fetch_thread (gpointer user_data)
{
  SyncFetch *sync = user_data;
  g_autoptr(BriefingFetcher) fetcher = new_fetcher ();

  sync->bytes = briefing_fetcher_fetch (fetcher, sync->uri, BRIEFING_FETCH_BUNDLE, NULL, NULL, NULL, &sync->error);
  g_atomic_int_set (&sync->done, TRUE);
  g_main_context_wakeup (NULL);
  return NULL;
}

static void
sync_fetch (SyncFetch *sync)
{
  GThread *thread = g_thread_new ("sync-fetch", sync_fetch_thread, sync);

  while (!g_atomic_int_get (&sync->done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);
}

static void
test_sync (void)
{
  g_autofree char *good = g_strconcat (base, "/good.bundle.json", NULL);
  g_autofree char *missing = g_strconcat (base, "/missing.bundle.json", NULL);
  SyncFetch ok = { good }, failed = { missing };

  sync_fetch (&ok);
  g_assert_no_error (ok.error);
  g_assert_true (g_bytes_equal (ok.bytes, good_bundle));
  g_bytes_unref (ok.bytes);

  sync_fetch (&failed);
  g_assert_null (failed.bytes);
  g_assert_error (failed.error, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_HTTP_STATUS);
  g_clear_error (&failed.error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketService) raw = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *good_path = NULL;
  GSList *uris;
  char *contents;
  gsize length;

  /* No proxy stands between these tests and their servers, whatever the environment says. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("BRIEFING_TEST_TIME_SCALE") != NULL)
    time_scale = CLAMP (atoi (g_getenv ("BRIEFING_TEST_TIME_SCALE")), 1, 100);

  good_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);
  if (!g_file_get_contents (good_path, &contents, &length, &error))
    g_error ("%s", error->message);
  good_bundle = g_bytes_new_take (contents, length);

  server = soup_server_new ("server-header", "briefing-test ", NULL);
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("%s", error->message);
  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  raw = g_threaded_socket_service_new (16);
  if (!g_socket_listener_add_address (G_SOCKET_LISTENER (raw), any_port, G_SOCKET_TYPE_STREAM,
                                      G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error))
    g_error ("%s", error->message);
  raw_base = g_strdup_printf ("http://127.0.0.1:%u", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_signal_connect (raw, "run", G_CALLBACK (on_raw_run), NULL);
  g_socket_service_start (raw);

  g_test_add_func ("/fetch/good", test_good);
  g_test_add_func ("/fetch/gzip", test_gzip);
  g_test_add_func ("/fetch/redirect", test_redirect);
  g_test_add_func ("/fetch/http-status", test_http_status);
  g_test_add_func ("/fetch/content-type", test_content_type);
  g_test_add_func ("/fetch/article", test_article);
  g_test_add_func ("/fetch/article-charset", test_article_charset);
  g_test_add_func ("/fetch/invalid-json", test_invalid_json);
  g_test_add_func ("/fetch/read-bytes-async", test_read_bytes_async);
  g_test_add_func ("/fetch/too-large", test_too_large);
  g_test_add_func ("/fetch/truncated", test_truncated);
  g_test_add_func ("/fetch/stalled", test_stalled);
  g_test_add_func ("/fetch/endless", test_endless);
  g_test_add_func ("/fetch/no-answer", test_no_answer);
  g_test_add_func ("/fetch/slow", test_slow);
  g_test_add_func ("/fetch/redirects", test_redirects);
  g_test_add_func ("/fetch/refused", test_refused);
  g_test_add_func ("/fetch/dns", test_dns);
  g_test_add_func ("/fetch/tls", test_tls);
  g_test_add_func ("/fetch/scheme-and-address", test_scheme_and_address);
  g_test_add_func ("/fetch/cancel", test_cancel);
  g_test_add_func ("/fetch/sync", test_sync);

  return g_test_run ();
}
