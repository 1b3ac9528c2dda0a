/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the fetcher's tests look at directly. */
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

G_END_DECLS
