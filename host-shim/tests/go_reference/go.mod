module goreference

go 1.27
