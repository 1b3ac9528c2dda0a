/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BRIEFING_FETCH_ERROR (briefing_fetch_error_quark ())

/* Why a fetch failed. Every message names the host of the address and says what went wrong in
 * words a reader of briefings understands. A fetch the caller cancelled fails with
 * G_IO_ERROR_CANCELLED instead. */
typedef enum
{
  BRIEFING_FETCH_ERROR_INVALID_URI,
  BRIEFING_FETCH_ERROR_UNSUPPORTED_SCHEME,  /* not http:// or https:// */
  BRIEFING_FETCH_ERROR_HOST_NOT_FOUND,      /* the name does not resolve */
  BRIEFING_FETCH_ERROR_CONNECTION_REFUSED,
  BRIEFING_FETCH_ERROR_NETWORK,             /* any other failure to connect or to read */
  BRIEFING_FETCH_ERROR_TLS,                 /* the secure connection could not be made */
  BRIEFING_FETCH_ERROR_TIMED_OUT,           /* the whole fetch took longer than the deadline */
  BRIEFING_FETCH_ERROR_STALLED,             /* the server sent nothing for the stall timeout */
  BRIEFING_FETCH_ERROR_TRUNCATED,           /* the connection closed before the whole body came */
  BRIEFING_FETCH_ERROR_TOO_LARGE,
  BRIEFING_FETCH_ERROR_HTTP_STATUS,         /* 4xx, 5xx, or a 3xx without a place to go */
  BRIEFING_FETCH_ERROR_CONTENT_TYPE,        /* e.g. a web page where a bundle was expected */
  BRIEFING_FETCH_ERROR_REDIRECT_LOOP,
  BRIEFING_FETCH_ERROR_TOO_MANY_REDIRECTS,
} BriefingFetchError;

GQuark briefing_fetch_error_quark (void);

G_END_DECLS
