/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fetching a bundle named on the command line: in the application module (briefing-app-module.h),
 * as libsoup comes with it, so that commands on files never load it. */
#define G_LOG_DOMAIN "briefing-cli"

#include "config.h"

#include "briefing-cli-private.h"
#include "briefing-fetcher.h"

GBytes *
briefing_cli_fetch_bundle (const char  *arg,
                           guint64      max_size,
                           gboolean    *web,
                           GError     **error)
{
  g_autoptr(BriefingFetcher) fetcher = NULL;

  *web = briefing_fetcher_is_web_uri (arg);
  if (!*web)
    return NULL;

  fetcher = briefing_fetcher_new ();
  briefing_fetcher_set_max_size (fetcher, max_size);
  return briefing_fetcher_fetch (fetcher, arg, BRIEFING_FETCH_BUNDLE, NULL, NULL, NULL, error);
}
