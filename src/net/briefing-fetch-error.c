/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-fetch-error"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "briefing-fetch-error.h"
#include "briefing-fetcher-private.h"

G_DEFINE_QUARK (briefing-fetch-error-quark, briefing_fetch_error)

/* Messages: each builds the GError of one failure, in words a reader of briefings understands. */

static guint
seconds_of (guint ms)
{
  return MAX (1, (ms + 999) / 1000);
}

/* "example.org", or "127.0.0.1:8080" when the port is not the scheme's own. */
char *
briefing_fetch_dup_host (GUri *uri)
{
  const char *host = g_uri_get_host (uri);
  const char *scheme = g_uri_get_scheme (uri);
  int port = g_uri_get_port (uri);
  gboolean v6 = host != NULL && strchr (host, ':') != NULL;
  int default_port = g_ascii_strcasecmp (scheme, "https") == 0 ? 443 : 80;

  if (host == NULL || *host == '\0')
    return g_strdup (scheme);
  if (port > 0 && port != default_port)
    return v6 ? g_strdup_printf ("[%s]:%d", host, port) : g_strdup_printf ("%s:%d", host, port);
  return v6 ? g_strdup_printf ("[%s]", host) : g_strdup (host);
}

GError *
briefing_fetch_error_new_http_status (const char *host,
                                      guint       status,
                                      const char *reason)
{
  const char *hint;

  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);
  if (reason == NULL)
    reason = "";

  switch (status)
    {
    case SOUP_STATUS_NOT_FOUND:
    case SOUP_STATUS_GONE:
      hint = _("there is nothing at this address; check it for typing mistakes");
      break;
    case SOUP_STATUS_UNAUTHORIZED:
    case SOUP_STATUS_FORBIDDEN:
      hint = _("the server does not give this file to Briefing; it may need a login");
      break;
    case 429: /* Too Many Requests */
      hint = _("the server is busy with too many requests; try again later");
      break;
    default:
      if (SOUP_STATUS_IS_SERVER_ERROR (status))
        hint = _("the server has a problem of its own; try again later");
      else if (SOUP_STATUS_IS_REDIRECTION (status))
        hint = _("the server sent Briefing elsewhere without saying where");
      else
        hint = _("the server did not send the file");
      break;
    }

  return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_HTTP_STATUS,
                      /* Translators: "example.org answered 404 Not Found: there is nothing at this address…" */
                      _("%s answered %u %s: %s"), host, status, reason, hint);
}

GError *
briefing_fetch_error_new_timed_out (const char *host,
                                    guint       deadline_ms)
{
  return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TIMED_OUT,
                      /* Translators: %s is a server's name, %u a number of seconds */
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%s took longer than %u second to send the file; Briefing stopped waiting",
                                   "%s took longer than %u seconds to send the file; Briefing stopped waiting",
                                   seconds_of (deadline_ms)),
                      host, seconds_of (deadline_ms));
}

/* @answered: whether the server had begun its answer. */
GError *
briefing_fetch_error_new_stalled (const char *host,
                                  guint       stall_timeout_ms,
                                  gboolean    answered)
{
  if (answered)
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_STALLED,
                        /* Translators: %s is a server's name, %u a number of seconds */
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s stopped sending the file: nothing came for %u second",
                                     "%s stopped sending the file: nothing came for %u seconds",
                                     seconds_of (stall_timeout_ms)),
                        host, seconds_of (stall_timeout_ms));

  return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_STALLED,
                      /* Translators: %s is a server's name, %u a number of seconds */
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%s did not answer for %u second",
                                   "%s did not answer for %u seconds",
                                   seconds_of (stall_timeout_ms)),
                      host, seconds_of (stall_timeout_ms));
}

/* A failure of the connection or of the stream. @answered: the response headers had come;
 * @received of @content_length bytes of the body (0 when unknown). */
GError *
briefing_fetch_error_new_transport (const char   *host,
                                    const GError *error,
                                    gboolean      answered,
                                    guint64       received,
                                    guint64       content_length)
{
  if (error->domain == G_RESOLVER_ERROR)
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_HOST_NOT_FOUND,
                        /* Translators: %s is a server's name */
                        _("the server name “%s” could not be found; check the address, and that this "
                          "computer is online"), host);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_CONNECTION_REFUSED,
                        /* Translators: %s is a server's name */
                        _("%s refused the connection: no web server answers at this address"), host);
  else if (error->domain == G_TLS_ERROR && error->code == G_TLS_ERROR_NOT_TLS)
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TLS,
                        /* Translators: %s is a server's name */
                        _("the secure connection to %s failed: the server does not speak HTTPS at this "
                          "address (try http://)"), host);
  else if (g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE))
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TLS,
                        /* Translators: %s is a server's name */
                        _("the secure connection to %s failed: its certificate is not valid or not "
                          "trusted, so Briefing cannot be sure it talks to the real %s"), host, host);
  else if (error->domain == G_TLS_ERROR)
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TLS,
                        /* Translators: %s is a server's name, then GLib's own words for what failed */
                        _("the secure connection to %s failed; the server may not speak HTTPS at this "
                          "address (%s)"), host, error->message);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_STALLED,
                        /* Translators: %s is a server's name */
                        _("%s stopped answering"), host);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) && answered)
    {
      g_autofree char *got = g_format_size (received);

      if (content_length > 0)
        {
          g_autofree char *whole = g_format_size (content_length);

          return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TRUNCATED,
                              /* Translators: %s is a server's name, then two sizes such as "1.2 MB" */
                              _("%s closed the connection before the whole file arrived (%s of %s)"),
                              host, got, whole);
        }
      else
        return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TRUNCATED,
                            /* Translators: %s is a server's name, then a size such as "1.2 MB" */
                            _("%s closed the connection before the whole file arrived (after %s)"),
                            host, got);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_NETWORK,
                        /* Translators: %s is a server's name */
                        _("%s closed the connection without answering"), host);
  else
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_NETWORK,
                        /* Translators: %s is a server's name, then what went wrong */
                        _("the connection to %s failed: %s"), host, error->message);
}

/* @size: the size announced, or 0 when the body was cut off at the limit. */
GError *
briefing_fetch_error_new_too_large (const char *host,
                                    guint64     size,
                                    guint64     max_size)
{
  g_autofree char *limit = g_format_size (max_size);

  if (size > 0)
    {
      g_autofree char *size_text = g_format_size (size);

      return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TOO_LARGE,
                          /* Translators: %s is a server's name, then two sizes such as "512 MB" */
                          _("the file at %s is too large (%s; the limit is %s)"), host, size_text, limit);
    }
  else
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_TOO_LARGE,
                        /* Translators: %s is a server's name, then a size such as "512 MB" */
                        _("the file at %s is too large (over the limit of %s)"), host, limit);
}

/* Content types */

static gboolean
path_ends_in_json (GUri *uri)
{
  const char *path = g_uri_get_path (uri);
  gsize length = strlen (path);

  return length >= 5 && g_ascii_strcasecmp (path + length - 5, ".json") == 0;
}

gboolean
briefing_fetch_content_type_accepted (BriefingFetchKind  kind,
                                      const char        *content_type,
                                      GUri              *uri)
{
  static const char * const article_types[] = {
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
  };

  if (kind == BRIEFING_FETCH_ARTICLE)
    {
      for (guint i = 0; content_type != NULL && i < G_N_ELEMENTS (article_types); i++)
        if (g_ascii_strcasecmp (content_type, article_types[i]) == 0)
          return TRUE;
      return FALSE;
    }

  if (content_type == NULL || *content_type == '\0')
    return path_ends_in_json (uri);
  if (g_ascii_strcasecmp (content_type, "application/json") == 0 ||
      g_ascii_strcasecmp (content_type, "text/json") == 0)
    return TRUE;
  if (g_ascii_strncasecmp (content_type, "application/", 12) == 0 &&
      strlen (content_type) > 5 &&
      g_ascii_strcasecmp (content_type + strlen (content_type) - 5, "+json") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (content_type, "text/plain") == 0 ||
      g_ascii_strcasecmp (content_type, "application/octet-stream") == 0)
    return path_ends_in_json (uri);
  return FALSE;
}

GError *
briefing_fetch_error_new_content_type (const char        *host,
                                       BriefingFetchKind  kind,
                                       const char        *content_type)
{
  const char *type = content_type != NULL ? content_type : "";
  const char *wanted = kind == BRIEFING_FETCH_BUNDLE ? _("a bundle (JSON)")
                                                           : _("an article (a web page or text)");

  if (g_ascii_strcasecmp (type, "text/html") == 0 || g_ascii_strcasecmp (type, "application/xhtml+xml") == 0)
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_CONTENT_TYPE,
                        /* Translators: %s is a server's name, then what was expected, e.g. "a bundle (JSON)" */
                        _("%s sent a web page (%s), not %s; the address may lead to a page about "
                          "the file rather than to the file itself"), host, type, wanted);
  else if (*type == '\0')
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_CONTENT_TYPE,
                        /* Translators: %s is a server's name, then what was expected */
                        _("%s did not say what it sent, and the address does not end in .json: "
                          "Briefing expected %s"), host, wanted);
  else
    return g_error_new (BRIEFING_FETCH_ERROR, BRIEFING_FETCH_ERROR_CONTENT_TYPE,
                        /* Translators: %s is a server's name, then a content type such as
                         * "image/png", then what was expected */
                        _("%s sent a file of type %s, not %s"), host, type, wanted);
}
