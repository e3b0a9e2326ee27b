package vn.vidan.secondment;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn–Munkres with potentials, O(n²·m)) for a rectangular cost matrix: gives each row its own
 * column at the least total cost. Integer costs and a fixed scan order make the answer the same on every run; among
 * equally cheap answers it is the one the scan from the first row and column finds.
 */
final class Hungarian {

	private Hungarian() {
	}

	/**
	 * @param cost {@code n} rows × {@code m} columns, {@code n <= m}
	 * @return for each row, the index of its column
	 */
	static int[] solve(long[][] cost) {
		int n = cost.length;
		int m = n == 0 ? 0 : cost[0].length;
		if (n > m) {
			throw new IllegalArgumentException("Needs at least as many columns as rows, not " + n + " × " + m);
		}
		long infinity = Long.MAX_VALUE / 4;
		long[] rowPotential = new long[n + 1];
		long[] columnPotential = new long[m + 1];
		int[] rowOfColumn = new int[m + 1]; // 1-based row matched to each column, 0 for none; column 0 is a sentinel
		int[] way = new int[m + 1];
		long[] slack = new long[m + 1];
		boolean[] used = new boolean[m + 1];
		for (int row = 1; row <= n; row++) {
			rowOfColumn[0] = row;
			int column = 0;
			Arrays.fill(slack, infinity);
			Arrays.fill(used, false);
			do {
				used[column] = true;
				int currentRow = rowOfColumn[column];
				long delta = infinity;
				int next = 0;
				long[] costs = cost[currentRow - 1];
				for (int j = 1; j <= m; j++) {
					if (!used[j]) {
						long reduced = costs[j - 1] - rowPotential[currentRow] - columnPotential[j];
						if (reduced < slack[j]) {
							slack[j] = reduced;
							way[j] = column;
						}
						if (slack[j] < delta) {
							delta = slack[j];
							next = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (used[j]) {
						rowPotential[rowOfColumn[j]] += delta;
						columnPotential[j] -= delta;
					}
					else {
						slack[j] -= delta;
					}
				}
				column = next;
			}
			while (rowOfColumn[column] != 0);
			do {
				int previous = way[column];
				rowOfColumn[column] = rowOfColumn[previous];
				column = previous;
			}
			while (column != 0);
		}
		int[] columnOfRow = new int[n];
		for (int j = 1; j <= m; j++) {
			if (rowOfColumn[j] != 0) {
				columnOfRow[rowOfColumn[j] - 1] = j - 1;
			}
		}
		return columnOfRow;
	}

}
