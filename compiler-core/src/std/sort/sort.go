package sort
