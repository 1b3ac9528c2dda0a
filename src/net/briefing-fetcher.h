/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fetches one document by URL (http or https) into memory with libsoup 3: asynchronously,
 * cancellable at any moment, and bounded — an overall deadline, a stall timeout, a size cap
 * checked while the body streams in, a limit on redirects (and loops among them), and the
 * content types the kind of document allows. Proxies come from the system (GProxyResolver);
 * gzip and deflate are decoded. One fetcher runs one fetch at a time. */
#pragma once

#include <gio/gio.h>

#include "briefing-fetch-error.h"

G_BEGIN_DECLS

/* What is fetched decides which content types are accepted.
 *
 * BRIEFING_FETCH_BUNDLE: application/json, application/…+json (such as
 *   application/x-briefing-bundle+json) and text/json. Many plain web servers do not know .json and
 *   send text/plain or application/octet-stream, or no type at all: those are accepted only when
 *   the address's file name ends in ".json". Anything else — a web page above all, the usual answer
 *   of a login portal or an error page sent with status 200 — is refused before it is read. The
 *   body is checked as strictly as a file afterwards, so the type only has to be plausible.
 * BRIEFING_FETCH_ARTICLE: text/html, application/xhtml+xml, text/plain, text/markdown
 *   (and text/x-markdown). */
typedef enum
{
  BRIEFING_FETCH_BUNDLE,
  BRIEFING_FETCH_ARTICLE,
} BriefingFetchKind;

#define BRIEFING_FETCH_DEFAULT_DEADLINE_MS      30000
#define BRIEFING_FETCH_DEFAULT_STALL_TIMEOUT_MS 15000
#define BRIEFING_FETCH_DEFAULT_MAX_SIZE         (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define BRIEFING_FETCH_DEFAULT_MAX_REDIRECTS    5

#define BRIEFING_TYPE_FETCHER (briefing_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (BriefingFetcher, briefing_fetcher, BRIEFING, FETCHER, GObject)

BriefingFetcher *briefing_fetcher_new                   (void);

/* The whole fetch, from connecting to the last byte, in milliseconds. */
guint            briefing_fetcher_get_deadline          (BriefingFetcher      *self);
void             briefing_fetcher_set_deadline          (BriefingFetcher      *self,
                                                         guint                 deadline_ms);
/* How long the server may send nothing, before its answer or within it, in milliseconds. */
guint            briefing_fetcher_get_stall_timeout     (BriefingFetcher      *self);
void             briefing_fetcher_set_stall_timeout     (BriefingFetcher      *self,
                                                         guint                 stall_timeout_ms);
/* The largest body accepted, in bytes once decoded. */
guint64          briefing_fetcher_get_max_size          (BriefingFetcher      *self);
void             briefing_fetcher_set_max_size          (BriefingFetcher      *self,
                                                         guint64               max_size);
guint            briefing_fetcher_get_max_redirects     (BriefingFetcher      *self);
void             briefing_fetcher_set_max_redirects     (BriefingFetcher      *self,
                                                         guint                 max_redirects);

void             briefing_fetcher_fetch_async           (BriefingFetcher      *self,
                                                         const char           *uri,
                                                         BriefingFetchKind     kind,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
/* The body; @final_uri is where it came from after redirects, @content_type its type, with its
 * charset parameter when the server gave one ("text/html; charset=windows-1251"), and no other
 * (both nullable). (transfer full) */
GBytes          *briefing_fetcher_fetch_finish          (BriefingFetcher      *self,
                                                         GAsyncResult         *result,
                                                         char                **final_uri,
                                                         char                **content_type,
                                                         GError              **error);
/* The same, waiting for the end in a main context of its own; for the command line. Never call it
 * on a thread whose main context serves the address. */
GBytes          *briefing_fetcher_fetch                 (BriefingFetcher      *self,
                                                         const char           *uri,
                                                         BriefingFetchKind     kind,
                                                         GCancellable         *cancellable,
                                                         char                **final_uri,
                                                         char                **content_type,
                                                         GError              **error);

/* How far the running fetch has come: bytes of the body received, and how many are expected
 * (0 when the server did not say, or sends them compressed). Also the "progress" signal. */
void             briefing_fetcher_get_progress          (BriefingFetcher      *self,
                                                         guint64              *received,
                                                         guint64              *expected);

/* TRUE when @uri is a web address Briefing fetches itself rather than through GIO: it names a
 * scheme other than file: and other than those the local GVfs serves (http: and https: always
 * count as web addresses; the fetcher refuses the rest as unsupported). */
gboolean         briefing_fetcher_is_web_uri            (const char           *uri);
/* How a user reads @file's name in messages: its whole address for a web address, else its file
 * name. (transfer full) */
char            *briefing_fetcher_dup_display_name      (GFile                *file);

G_END_DECLS
