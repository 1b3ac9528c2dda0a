/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-fetcher"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "briefing-fetcher-private.h"
#include "briefing-fetcher.h"

#define USER_AGENT "Briefing/" PACKAGE_VERSION " "
#define READ_CHUNK (64 * 1024)

struct _BriefingFetcher
{
  GObject  parent_instance;

  guint    deadline_ms;
  guint    stall_timeout_ms;
  guint64  max_size;
  guint    max_redirects;

  guint64  received;
  guint64  expected;
};

G_DEFINE_FINAL_TYPE (BriefingFetcher, briefing_fetcher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DEADLINE,
  PROP_STALL_TIMEOUT,
  PROP_MAX_SIZE,
  PROP_MAX_REDIRECTS,
  N_PROPS
};

enum {
  PROGRESS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef enum
{
  STOPPED_BY_CALLER,
  STOPPED_BY_DEADLINE,
  STOPPED_BY_STALL,
} StopReason;

typedef struct
{
  BriefingFetchKind  kind;
  SoupSession       *session;
  SoupMessage       *message;
  GInputStream      *stream;
  GUri              *uri;          /* the address asked now, after redirects */
  char              *host;         /* the host of the address the caller gave, as users read it */
  GHashTable        *visited;      /* addresses asked, to find redirect loops */
  guint              n_redirects;
  GByteArray        *body;
  char              *content_type;  /* without parameters */
  char              *charset;       /* its charset parameter, or NULL */
  gboolean           answered;     /* the response headers arrived */
  guint64            content_length; /* 0 when unknown or compressed */
  guint              deadline_ms;
  guint              stall_timeout_ms;
  guint64            max_size;
  guint              max_redirects;

  GCancellable      *cancellable;  /* ours: cancelled by the caller's, by the deadline or a stall */
  GCancellable      *caller_cancellable;
  gulong             cancelled_id;
  GSource           *deadline_source;
  GSource           *stall_source;
  StopReason         stop_reason;
} FetchData;

static void
fetch_data_free (FetchData *data)
{
  if (data->deadline_source != NULL)
    g_source_destroy (data->deadline_source);
  g_clear_pointer (&data->deadline_source, g_source_unref);
  if (data->stall_source != NULL)
    g_source_destroy (data->stall_source);
  g_clear_pointer (&data->stall_source, g_source_unref);
  if (data->caller_cancellable != NULL)
    g_cancellable_disconnect (data->caller_cancellable, data->cancelled_id);
  g_clear_object (&data->caller_cancellable);
  g_clear_object (&data->cancellable);
  g_clear_object (&data->stream);
  g_clear_object (&data->message);
  g_clear_object (&data->session);
  g_clear_pointer (&data->uri, g_uri_unref);
  g_clear_pointer (&data->visited, g_hash_table_unref);
  g_clear_pointer (&data->body, g_byte_array_unref);
  g_free (data->content_type);
  g_free (data->charset);
  g_free (data->host);
  g_free (data);
}

/* Failures */

static void
return_http_status (GTask     *task,
                    FetchData *data)
{
  guint status = soup_message_get_status (data->message);
  const char *reason = soup_message_get_reason_phrase (data->message);

  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);
  g_task_return_error (task, briefing_fetch_error_new_http_status (data->host, status, reason != NULL ? reason : ""));
}

/* A failure of the connection or of the stream; a cancellation of ours says why it was ours. */
static void
return_transport_error (GTask     *task,
                        FetchData *data,
                        GError    *error)
{
  g_autoptr(GError) owned = error;

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, briefing_fetch_error_new_transport (data->host, error, data->answered,
                                                                   data->body != NULL ? data->body->len : 0,
                                                                   data->content_length));
  else if (data->stop_reason == STOPPED_BY_DEADLINE)
    g_task_return_error (task, briefing_fetch_error_new_timed_out (data->host, data->deadline_ms));
  else if (data->stop_reason == STOPPED_BY_STALL)
    g_task_return_error (task, briefing_fetch_error_new_stalled (data->host, data->stall_timeout_ms,
                                                                 data->answered));
  else
    g_task_return_error (task, g_steal_pointer (&owned));
}

static void
return_too_large (GTask     *task,
                  FetchData *data,
                  guint64    size)
{
  g_task_return_error (task, briefing_fetch_error_new_too_large (data->host, size, data->max_size));
}

static void
return_content_type (GTask     *task,
                     FetchData *data)
{
  g_task_return_error (task, briefing_fetch_error_new_content_type (data->host, data->kind, data->content_type));
}

/* Timers */

static void
stop (FetchData  *data,
      StopReason  reason)
{
  data->stop_reason = reason;
  g_cancellable_cancel (data->cancellable);
}

static gboolean
on_deadline (gpointer user_data)
{
  FetchData *data = user_data;

  g_clear_pointer (&data->deadline_source, g_source_unref);
  stop (data, STOPPED_BY_DEADLINE);
  return G_SOURCE_REMOVE;
}

static gboolean
on_stall (gpointer user_data)
{
  FetchData *data = user_data;

  g_clear_pointer (&data->stall_source, g_source_unref);
  stop (data, STOPPED_BY_STALL);
  return G_SOURCE_REMOVE;
}

static GSource *
add_timer (GTask       *task,
           guint        ms,
           GSourceFunc  func)
{
  GSource *source = g_timeout_source_new (ms);

  g_source_set_callback (source, func, g_task_get_task_data (task), NULL);
  g_source_set_static_name (source, "[briefing-fetcher] timer");
  g_source_attach (source, g_task_get_context (task));
  return source;
}

/* Something arrived: the stall timeout starts again. */
static void
restart_stall_timer (GTask     *task,
                     FetchData *data)
{
  if (data->stall_source != NULL)
    {
      g_source_destroy (data->stall_source);
      g_clear_pointer (&data->stall_source, g_source_unref);
    }
  if (data->stall_timeout_ms > 0 && !g_cancellable_is_cancelled (data->cancellable))
    data->stall_source = add_timer (task, data->stall_timeout_ms, on_stall);
}

static void
on_caller_cancelled (GCancellable *cancellable,
                     FetchData    *data)
{
  /* Runs in the thread that cancelled; our cancellable is thread-safe, the reason is read after. */
  g_cancellable_cancel (data->cancellable);
}

/* Reading the body */

static void
set_progress (BriefingFetcher *self,
              guint64          received,
              guint64          expected)
{
  self->received = received;
  self->expected = expected;
  g_signal_emit (self, signals[PROGRESS], 0, received, expected);
}

static void read_more (GTask *task);

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  BriefingFetcher *self = g_task_get_source_object (task);
  g_autoptr(GBytes) chunk = NULL;
  GError *error = NULL;
  gsize length;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (chunk == NULL)
    {
      return_transport_error (task, data, error);
      return;
    }

  length = g_bytes_get_size (chunk);
  if (length == 0)
    {
      /* The end: a body shorter than the server announced is cut, not complete. */
      if (data->content_length > 0 && data->body->len < data->content_length)
        {
          return_transport_error (task, data,
                                  g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, "short body"));
          return;
        }
      g_task_return_pointer (task, g_byte_array_free_to_bytes (g_steal_pointer (&data->body)),
                             (GDestroyNotify) g_bytes_unref);
      return;
    }

  if ((guint64) data->body->len + length > data->max_size)
    {
      return_too_large (task, data, 0);
      return;
    }

  g_byte_array_append (data->body, g_bytes_get_data (chunk, NULL), length);
  restart_stall_timer (task, data);
  set_progress (self, data->body->len, data->content_length);
  read_more (task);
}

static void
read_more (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (data->stream, READ_CHUNK, G_PRIORITY_DEFAULT, data->cancellable, read_cb,
                                   g_object_ref (task));
}

/* Requests and redirects */

static void send_request (GTask *task);

static gboolean
is_http_scheme (const char *scheme)
{
  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

/* Follows a redirect ourselves, to count the hops and to see loops. */
static void
follow_redirect (GTask     *task,
                 FetchData *data)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (data->message);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) next = NULL;
  g_autofree char *next_text = NULL;

  if (location == NULL || (next = g_uri_parse_relative (data->uri, location, SOUP_HTTP_URI_FLAGS, NULL)) == NULL)
    {
      return_http_status (task, data);
      return;
    }
  next_text = g_uri_to_string (next);
  if (!is_http_scheme (g_uri_get_scheme (next)))
    {
      g_task_return_new_error (task, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_UNSUPPORTED_SCHEME,
                               /* Translators: %s is a server's name, then a whole address */
                               _("%s sent Briefing on to “%s”; Briefing fetches only http:// and https:// "
                                 "addresses"), data->host, next_text);
      return;
    }

  if (g_hash_table_contains (data->visited, next_text))
    {
      g_autofree char *there = briefing_fetch_dup_host (next);

      g_task_return_new_error (task, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_REDIRECT_LOOP,
                               /* Translators: both %s are servers' names */
                               _("%s sends Briefing round in a loop of redirects (back to an address at %s "
                                 "it was sent to before)"), data->host, there);
      return;
    }
  if (++data->n_redirects > data->max_redirects)
    {
      g_task_return_new_error (task, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TOO_MANY_REDIRECTS,
                               /* Translators: %s is a server's name, %u a count */
                               g_dngettext (GETTEXT_PACKAGE,
                                            "%s redirected Briefing more than %u time; it gave up",
                                            "%s redirected Briefing more than %u times; it gave up",
                                            data->max_redirects),
                               data->host, data->max_redirects);
      return;
    }

  g_clear_object (&data->stream);
  g_clear_pointer (&data->uri, g_uri_unref);
  data->uri = g_steal_pointer (&next);
  send_request (task);
}

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  BriefingFetcher *self = g_task_get_source_object (task);
  SoupMessageHeaders *headers;
  GError *error = NULL;
  guint status;
  goffset length;

  data->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (data->stream == NULL)
    {
      return_transport_error (task, data, error);
      return;
    }

  restart_stall_timer (task, data);
  status = soup_message_get_status (data->message);
  headers = soup_message_get_response_headers (data->message);

  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      follow_redirect (task, data);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      return_http_status (task, data);
      return;
    }

  data->answered = TRUE;
  {
    g_autoptr(GHashTable) params = NULL;
    const char *charset;

    data->content_type = g_strdup (soup_message_headers_get_content_type (headers, &params));
    /* A page's encoding may be given only here: it goes with the type to whoever reads it. */
    if (params != NULL && (charset = g_hash_table_lookup (params, "charset")) != NULL && charset[0] != '\0')
      data->charset = g_strdup (charset);
  }
  if (!briefing_fetch_content_type_accepted (data->kind, data->content_type, data->uri))
    {
      return_content_type (task, data);
      return;
    }

  /* The announced length counts bytes on the wire: it is the body's only when not compressed. */
  length = soup_message_headers_get_content_length (headers);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL && length > 0)
    {
      data->content_length = length;
      if ((guint64) length > data->max_size)
        {
          return_too_large (task, data, length);
          return;
        }
    }

  data->body = g_byte_array_sized_new (MIN (data->content_length, data->max_size));
  set_progress (self, 0, data->content_length);
  read_more (task);
}

static void
send_request (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  g_clear_object (&data->message);
  data->message = soup_message_new_from_uri (SOUP_METHOD_GET, data->uri);
  soup_message_add_flags (data->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (data->message);
  soup_message_headers_replace (headers, "Accept",
                                data->kind == BRIEFING_FETCH_BUNDLE
                                  ? "application/json, application/*+json;q=0.9, */*;q=0.1"
                                  : "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8");
  g_hash_table_add (data->visited, g_uri_to_string (data->uri));

  soup_session_send_async (data->session, data->message, G_PRIORITY_DEFAULT, data->cancellable, send_cb,
                           g_object_ref (task));
}

/* A proxy cannot reach this computer's own loopback addresses. */
static gboolean
is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0 || g_str_has_suffix (host, ".localhost"))
    return TRUE;
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

static SoupSession *
create_session (GUri *uri)
{
  SoupSession *session;

  /* No socket timeout of libsoup's own: the stall timer and the deadline decide, with their words. */
  session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                           "timeout", 0,
                                           "idle-timeout", 0,
                                           NULL);
  if (is_loopback (g_uri_get_host (uri)))
    soup_session_set_proxy_resolver (session, NULL);
  if (!soup_session_has_feature (session, SOUP_TYPE_CONTENT_DECODER))
    soup_session_add_feature_by_type (session, SOUP_TYPE_CONTENT_DECODER);

  return session;
}

/* GObject */

static void
briefing_fetcher_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BriefingFetcher *self = BRIEFING_FETCHER (object);

  switch (prop_id)
    {
    case PROP_DEADLINE:
      g_value_set_uint (value, self->deadline_ms);
      break;
    case PROP_STALL_TIMEOUT:
      g_value_set_uint (value, self->stall_timeout_ms);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    case PROP_MAX_REDIRECTS:
      g_value_set_uint (value, self->max_redirects);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_fetcher_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BriefingFetcher *self = BRIEFING_FETCHER (object);

  switch (prop_id)
    {
    case PROP_DEADLINE:
      briefing_fetcher_set_deadline (self, g_value_get_uint (value));
      break;
    case PROP_STALL_TIMEOUT:
      briefing_fetcher_set_stall_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      briefing_fetcher_set_max_size (self, g_value_get_uint64 (value));
      break;
    case PROP_MAX_REDIRECTS:
      briefing_fetcher_set_max_redirects (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_fetcher_class_init (BriefingFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = briefing_fetcher_get_property;
  object_class->set_property = briefing_fetcher_set_property;

  /* Milliseconds for the whole fetch; 0 for none. */
  properties[PROP_DEADLINE] =
    g_param_spec_uint ("deadline", NULL, NULL, 0, G_MAXUINT, BRIEFING_FETCH_DEFAULT_DEADLINE_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Milliseconds the server may send nothing; 0 for no limit. */
  properties[PROP_STALL_TIMEOUT] =
    g_param_spec_uint ("stall-timeout", NULL, NULL, 0, G_MAXUINT, BRIEFING_FETCH_DEFAULT_STALL_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 1, G_MAXUINT64, BRIEFING_FETCH_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_REDIRECTS] =
    g_param_spec_uint ("max-redirects", NULL, NULL, 0, 100, BRIEFING_FETCH_DEFAULT_MAX_REDIRECTS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Bytes of the body received so far, and expected in all (0 when unknown). */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT64, G_TYPE_UINT64);
}

static void
briefing_fetcher_init (BriefingFetcher *self)
{
  self->deadline_ms = BRIEFING_FETCH_DEFAULT_DEADLINE_MS;
  self->stall_timeout_ms = BRIEFING_FETCH_DEFAULT_STALL_TIMEOUT_MS;
  self->max_size = BRIEFING_FETCH_DEFAULT_MAX_SIZE;
  self->max_redirects = BRIEFING_FETCH_DEFAULT_MAX_REDIRECTS;
}

/* Public API */

BriefingFetcher *
briefing_fetcher_new (void)
{
  return g_object_new (BRIEFING_TYPE_FETCHER, NULL);
}

guint
briefing_fetcher_get_deadline (BriefingFetcher *self)
{
  g_return_val_if_fail (BRIEFING_IS_FETCHER (self), 0);

  return self->deadline_ms;
}

void
briefing_fetcher_set_deadline (BriefingFetcher *self,
                               guint            deadline_ms)
{
  g_return_if_fail (BRIEFING_IS_FETCHER (self));

  if (self->deadline_ms == deadline_ms)
    return;
  self->deadline_ms = deadline_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
}

guint
briefing_fetcher_get_stall_timeout (BriefingFetcher *self)
{
  g_return_val_if_fail (BRIEFING_IS_FETCHER (self), 0);

  return self->stall_timeout_ms;
}

void
briefing_fetcher_set_stall_timeout (BriefingFetcher *self,
                                    guint            stall_timeout_ms)
{
  g_return_if_fail (BRIEFING_IS_FETCHER (self));

  if (self->stall_timeout_ms == stall_timeout_ms)
    return;
  self->stall_timeout_ms = stall_timeout_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALL_TIMEOUT]);
}

guint64
briefing_fetcher_get_max_size (BriefingFetcher *self)
{
  g_return_val_if_fail (BRIEFING_IS_FETCHER (self), 0);

  return self->max_size;
}

void
briefing_fetcher_set_max_size (BriefingFetcher *self,
                               guint64          max_size)
{
  g_return_if_fail (BRIEFING_IS_FETCHER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

guint
briefing_fetcher_get_max_redirects (BriefingFetcher *self)
{
  g_return_val_if_fail (BRIEFING_IS_FETCHER (self), 0);

  return self->max_redirects;
}

void
briefing_fetcher_set_max_redirects (BriefingFetcher *self,
                                    guint            max_redirects)
{
  g_return_if_fail (BRIEFING_IS_FETCHER (self));

  if (self->max_redirects == max_redirects)
    return;
  self->max_redirects = max_redirects;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_REDIRECTS]);
}

void
briefing_fetcher_fetch_async (BriefingFetcher     *self,
                              const char          *uri,
                              BriefingFetchKind    kind,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) parsed = NULL;
  FetchData *data;
  const char *scheme;

  g_return_if_fail (BRIEFING_IS_FETCHER (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_fetcher_fetch_async);
  set_progress (self, 0, 0);

  scheme = g_uri_peek_scheme (uri);
  if (scheme != NULL && !is_http_scheme (scheme))
    {
      g_task_return_new_error (task, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_UNSUPPORTED_SCHEME,
                               /* Translators: %s is a scheme such as "ftp", then a whole address */
                               _("%s: addresses are not supported (“%s”); Briefing fetches only http:// and "
                                 "https:// addresses"), scheme, uri);
      return;
    }
  parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  if (parsed == NULL || g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0')
    {
      g_task_return_new_error (task, BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_INVALID_URI,
                               /* Translators: %s is what the user gave as an address */
                               _("“%s” is not a web address; one looks like https://example.org/talks.bundle.json"),
                               uri);
      return;
    }

  data = g_new0 (FetchData, 1);
  data->kind = kind;
  data->host = briefing_fetch_dup_host (parsed);
  data->uri = g_steal_pointer (&parsed);
  data->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  data->deadline_ms = self->deadline_ms;
  data->stall_timeout_ms = self->stall_timeout_ms;
  data->max_size = self->max_size;
  data->max_redirects = self->max_redirects;
  data->session = create_session (data->uri);
  data->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, data, (GDestroyNotify) fetch_data_free);

  if (cancellable != NULL)
    {
      data->caller_cancellable = g_object_ref (cancellable);
      data->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled), data, NULL);
    }
  if (data->deadline_ms > 0)
    data->deadline_source = add_timer (task, data->deadline_ms, on_deadline);
  restart_stall_timer (task, data);

  send_request (task);
}

GBytes *
briefing_fetcher_fetch_finish (BriefingFetcher  *self,
                               GAsyncResult     *result,
                               char            **final_uri,
                               char            **content_type,
                               GError          **error)
{
  FetchData *data;
  GBytes *bytes;

  g_return_val_if_fail (BRIEFING_IS_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  data = g_task_get_task_data (G_TASK (result));
  bytes = g_task_propagate_pointer (G_TASK (result), error);
  if (bytes == NULL)
    return NULL;

  if (final_uri != NULL)
    *final_uri = data != NULL ? g_uri_to_string (data->uri) : NULL;
  if (content_type != NULL)
    {
      if (data == NULL || data->content_type == NULL)
        *content_type = NULL;
      else if (data->charset != NULL)
        *content_type = g_strdup_printf ("%s; charset=%s", data->content_type, data->charset);
      else
        *content_type = g_strdup (data->content_type);
    }

  return bytes;
}

typedef struct
{
  GAsyncResult *result;
} SyncData;

static void
fetch_sync_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SyncData *sync = user_data;

  sync->result = g_object_ref (result);
}

GBytes *
briefing_fetcher_fetch (BriefingFetcher  *self,
                        const char       *uri,
                        BriefingFetchKind kind,
                        GCancellable     *cancellable,
                        char            **final_uri,
                        char            **content_type,
                        GError          **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  SyncData sync = { NULL };
  GBytes *bytes;

  g_return_val_if_fail (BRIEFING_IS_FETCHER (self), NULL);

  g_main_context_push_thread_default (context);
  briefing_fetcher_fetch_async (self, uri, kind, cancellable, fetch_sync_cb, &sync);
  while (sync.result == NULL)
    g_main_context_iteration (context, TRUE);
  bytes = briefing_fetcher_fetch_finish (self, sync.result, final_uri, content_type, error);
  g_object_unref (sync.result);
  /* Let libsoup finish closing what it closes in idle callbacks before the context goes. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);

  return bytes;
}

void
briefing_fetcher_get_progress (BriefingFetcher *self,
                               guint64         *received,
                               guint64         *expected)
{
  g_return_if_fail (BRIEFING_IS_FETCHER (self));

  if (received != NULL)
    *received = self->received;
  if (expected != NULL)
    *expected = self->expected;
}

gboolean
briefing_fetcher_is_web_uri (const char *uri)
{
  g_autofree char *scheme = uri != NULL ? g_uri_parse_scheme (uri) : NULL;
  const char * const *local;

  if (scheme == NULL || g_ascii_strcasecmp (scheme, "file") == 0)
    return FALSE;
  if (is_http_scheme (scheme))
    return TRUE;

  local = g_vfs_get_supported_uri_schemes (g_vfs_get_default ());
  for (guint i = 0; local != NULL && local[i] != NULL; i++)
    if (g_ascii_strcasecmp (local[i], scheme) == 0)
      return FALSE;
  return TRUE;
}

char *
briefing_fetcher_dup_display_name (GFile *file)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_is_native (file))
    {
      uri = g_file_get_uri (file);
      if (briefing_fetcher_is_web_uri (uri))
        return g_steal_pointer (&uri);
    }
  return g_file_get_basename (file);
}
