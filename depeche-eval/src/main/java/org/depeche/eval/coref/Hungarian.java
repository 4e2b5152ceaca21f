package org.depeche.eval.coref;

import java.util.Arrays;

/**
 * The Kuhn-Munkres (Hungarian) algorithm for an optimal assignment, in the O(n²m) form with row
 * and column potentials (Jonker-Volgenant style shortest augmenting paths, as in e-maxx's
 * "Hungarian algorithm for the assignment problem"). Package-private; used by CEAF.
 */
final class Hungarian {

    private Hungarian() {
    }

    /**
     * Assigns rows to columns one-to-one, maximising the total weight (weights ≥ 0).
     *
     * @return for each row, its column, or -1 where the row is left unassigned (more rows than columns)
     */
    static int[] maximise(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        boolean transpose = rows > cols;
        int n = transpose ? cols : rows;
        int m = transpose ? rows : cols;
        double max = 0;
        for (double[] row : weight) {
            for (double w : row) {
                max = Math.max(max, w);
            }
        }
        // cost[i][j] for i < n ≤ m, 1-based below
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double w = transpose ? weight[j - 1][i - 1] : weight[i - 1][j - 1];
                cost[i][j] = max - w;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                int row = p[j] - 1;
                int col = j - 1;
                if (transpose) {
                    result[col] = row;
                } else {
                    result[row] = col;
                }
            }
        }
        return result;
    }
}
