/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fault-test-utils.h"

static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  int flags = 0;
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok)
    {
      flags = immutable ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);
  return ok;
}

gboolean
fault_make_unwritable (const char *path)
{
  gboolean is_dir = g_file_test (path, G_FILE_TEST_IS_DIR);

  if (geteuid () != 0)
    return g_chmod (path, is_dir ? 0555 : 0444) == 0;

  return set_immutable (path, TRUE);
}

void
fault_make_writable (const char *path)
{
  gboolean is_dir = g_file_test (path, G_FILE_TEST_IS_DIR);

  if (geteuid () != 0)
    g_assert_cmpint (g_chmod (path, is_dir ? 0755 : 0644), ==, 0);
  else
    g_assert_true (set_immutable (path, FALSE));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GStrv
fault_list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

void
fault_assert_dir (const char         *path,
                  const char * const *expected)
{
  g_auto(GStrv) names = fault_list_dir (path);
  g_autofree char *found = g_strjoinv (", ", names);
  g_autofree char *wanted = g_strjoinv (", ", (GStrv) expected);

  if (!g_strv_equal ((const char * const *) names, expected))
    g_error ("%s holds [%s], not [%s]", path, found, wanted);
}
