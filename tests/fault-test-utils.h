/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests of failing saves share: making a folder or a file impossible to write, the way a
 * user's would be, and the list of what a folder holds. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes @path (a folder or a file) impossible for this process to write: read-only permissions,
 * or, for root, whom permissions do not stop, the immutable attribute (chattr +i). FALSE when
 * neither is possible here; the test should then skip. */
gboolean  fault_make_unwritable (const char *path);
/* Undoes it: the cause of the failure is removed. */
void      fault_make_writable   (const char *path);
/* The names in folder @path, sorted; empty when there is no such folder. (transfer full) */
GStrv     fault_list_dir        (const char *path);
/* Fails the test when folder @path holds other names than @expected. */
void      fault_assert_dir      (const char *path,
                                 const char * const *expected);

G_END_DECLS
