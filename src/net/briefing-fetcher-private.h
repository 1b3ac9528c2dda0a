/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the fetcher shares with briefing-fetch-error.c (the messages of its failures), and what its
 * tests look at directly. */
#pragma once

#include "briefing-fetcher.h"

G_BEGIN_DECLS

/* The host of @uri as messages name it: "example.org", "127.0.0.1:8080", "[::1]:8080". */
char     *briefing_fetch_dup_host              (GUri              *uri);
/* Whether a response of @content_type (without parameters; NULL when the server sent none) from
 * @uri is accepted for @kind. */
gboolean  briefing_fetch_content_type_accepted (BriefingFetchKind  kind,
                                                const char        *content_type,
                                                GUri              *uri);

/* The error of each failure; every message names @host. */
GError   *briefing_fetch_error_new_http_status  (const char        *host,
                                                guint              status,
                                                const char        *reason);
GError   *briefing_fetch_error_new_timed_out    (const char        *host,
                                                guint              deadline_ms);
GError   *briefing_fetch_error_new_stalled      (const char        *host,
                                                guint              stall_timeout_ms,
                                                gboolean           answered);
GError   *briefing_fetch_error_new_transport    (const char        *host,
                                                const GError      *error,
                                                gboolean           answered,
                                                guint64            received,
                                                guint64            content_length);
GError   *briefing_fetch_error_new_too_large    (const char        *host,
                                                guint64            size,
                                                guint64            max_size);
GError   *briefing_fetch_error_new_content_type (const char        *host,
                                                BriefingFetchKind  kind,
                                                const char        *content_type);

G_END_DECLS
